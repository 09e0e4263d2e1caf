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

export const FACE_MATCH_THRESHOLDS: Readonly<FaceMatchThresholds> = { match: 0.5, mismatch: 0.3 };

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
