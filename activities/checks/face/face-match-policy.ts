/**
 * Pure decisions on measured faces: does the selfie show one face we can judge, and does it match the document
 * portrait. The defaults come from the evaluation described beside them, not from guesses; configuration may
 * override them.
 */

export type FaceMatchVerdict = 'FACE_MATCH' | 'FACE_UNCERTAIN' | 'FACE_MISMATCH';
export type SelfieProblem = 'NO_FACE_FOUND' | 'TOO_MANY_FACES' | 'FACE_TOO_SMALL' | 'FACE_TOO_BLURRY';

export interface FaceMatchThresholds {
  /** At or above: the same person. */
  match: number;
  /** Below: different people. Between the two: a reviewer decides. */
  mismatch: number;
}

export interface SelfieLimits {
  /** Smallest face height as a share of the photo's height. */
  minSizeRatio: number;
  /** Smallest face sharpness (variance of the Laplacian of the face at 128 px, see face-sharpness.ts). */
  minSharpness: number;
}

/**
 * For the engine's combined score (face-similarity.ts: the mean of Human's similarity and 1 − face-api's distance),
 * chosen from `npm run bench:checks` on bench/specimens/faces.ts: face-api's 6 demo photos (21 women; same-person
 * pairs are one photo altered) and Human's facematch screenshot (man A in 13 photos, man C in 2, 12 other men;
 * 106 px crops); identities judged by eye; 100 same-person and 379 different-person pairs. Same person 0.39–0.84
 * (the lowest: man A's small, years-apart crops), different people 0.11–0.53 (the highest: two women of one
 * photo). The ranges overlap, so no single cut is right: `match` sits above the highest different-person pair by
 * 0.036 and `mismatch` below the lowest same-person pair by 0.032, and a reviewer judges the band between (131 of
 * the 479 pairs; 179 with Human's score alone at its thresholds 0.65 / 0.33). On that set and on the specimen
 * documents' portraits against the selfies (docs/verification.md): no false accept, no false reject.
 */
export const FACE_MATCH_THRESHOLDS: Readonly<FaceMatchThresholds> = { match: 0.57, mismatch: 0.36 };

/**
 * Measured on the 21 women's selfies against their portraits. Size: similarity holds down to a face of about a
 * tenth of the photo's height and starts to fall below it (0.43–0.67 for some faces at 0.06–0.10): 0.15 asks for a
 * retake before that. Sharpness: the sharp selfies measure 67–947; Gaussian blur σ 3 brings them to 20–185 with
 * similarity unharmed (≥ 0.74), σ 6 to 7–30 (similarity 0.61–0.90), σ 8 to 5–16 (0.47–0.80): 20 refuses most of
 * the σ 6 and all of the σ 8 photos, and sits over three times below the softest sharp face.
 */
export const SELFIE_LIMITS: Readonly<SelfieLimits> = { minSizeRatio: 0.15, minSharpness: 20 };

export function judgeFaceMatch(similarity: number, thresholds: FaceMatchThresholds): FaceMatchVerdict {
  if (thresholds.mismatch > thresholds.match) {
    throw new RangeError(`The mismatch threshold (${thresholds.mismatch}) must not exceed the match threshold (${thresholds.match})`);
  }
  if (similarity >= thresholds.match) return 'FACE_MATCH';
  if (similarity < thresholds.mismatch) return 'FACE_MISMATCH';
  return 'FACE_UNCERTAIN';
}

/**
 * The one retake instruction that helps, in this order: no face, then someone else in the picture (any second
 * face: a selfie with a photo or a bystander in it cannot be trusted), then too far away, then blurred.
 */
export function selfieProblem(faces: readonly { sizeRatio: number; sharpness: number }[], limits: SelfieLimits): SelfieProblem | null {
  const [face, ...others] = faces;
  if (!face) return 'NO_FACE_FOUND';
  if (others.length > 0) return 'TOO_MANY_FACES';
  if (face.sizeRatio < limits.minSizeRatio) return 'FACE_TOO_SMALL';
  if (face.sharpness < limits.minSharpness) return 'FACE_TOO_BLURRY';
  return null;
}
