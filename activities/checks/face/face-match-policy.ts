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
 * Evaluated on bench/specimens/faces.ts (face-api's 6 demo photos: 21 women, same-person pairs are one photo
 * altered; Human's facematch screenshot: one man in 13 photos, one in 2, 12 other men, 106 px crops; identities
 * judged by eye) plus the 12 specimen documents' portrait pages as phone photos (clean, on a table, turned 8°,
 * small in a 4032 px frame, blurred and dark, 1280 px) against the selfies: 172 same-person and 1,951
 * different-person pairs. Same person: 0.35–0.97 (document photo vs selfie 0.59–0.96; the lowest are small,
 * years-apart crops of one man). Different people: 0.01–0.62 (document vs selfie at most 0.56; the highest are
 * men of the facematch grid, which Human had sorted by likeness to that man). The two ranges overlap, so no single
 * cut is right: `match` sits above every different-person pair (0.62) with a margin, `mismatch` below every
 * same-person pair (0.35) with a margin, and a reviewer judges the band between. On this set: no false accept, no
 * false reject; 97 % of document-vs-selfie same-person pairs match automatically, 70 % of impostors are refused
 * automatically, the rest go to review.
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
