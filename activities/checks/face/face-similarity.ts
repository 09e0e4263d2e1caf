/**
 * One face score from two models. A face's descriptor is Human's (1024 numbers, compared by Human's similarity,
 * 0..1) followed by face-api's (128 numbers, compared by Euclidean distance, about 0.2 for the same person and
 * 0.6 and more for different people). The two models err on different pairs: on the evaluation set (bench:checks,
 * docs/verification.md) their plain mean, with face-api's distance turned into 1 − distance, leaves about half as
 * many pairs between the lowest same-person and the highest different-person score as either model alone (76
 * against 165 for Human and 151 for face-api, of 479). Equal weights: not fitted to the set.
 */

export const HUMAN_DESCRIPTOR_LENGTH = 1024;
export const FACE_API_DESCRIPTOR_LENGTH = 128;
export const DESCRIPTOR_LENGTH = HUMAN_DESCRIPTOR_LENGTH + FACE_API_DESCRIPTOR_LENGTH;

export interface SimilarityParts {
  /** Human's similarity, 0..1. */
  human: number;
  /** face-api's Euclidean distance, 0 for the same descriptor. */
  faceApiDistance: number;
  /** The engine's score, 0..1: the mean of `human` and 1 − `faceApiDistance`. */
  combined: number;
}

/** Both models' scores of two descriptors, or null when either is not a full descriptor. */
export function similarityParts(
  a: readonly number[],
  b: readonly number[],
  humanSimilarity: (a: number[], b: number[]) => number,
): SimilarityParts | null {
  if (a.length !== DESCRIPTOR_LENGTH || b.length !== DESCRIPTOR_LENGTH) return null;
  const human = humanSimilarity(a.slice(0, HUMAN_DESCRIPTOR_LENGTH), b.slice(0, HUMAN_DESCRIPTOR_LENGTH));
  const faceApiDistance = euclideanDistance(a.slice(HUMAN_DESCRIPTOR_LENGTH), b.slice(HUMAN_DESCRIPTOR_LENGTH));
  const combined = Math.min(1, Math.max(0, (human + (1 - faceApiDistance)) / 2));
  return { human, faceApiDistance, combined };
}

function euclideanDistance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(sum);
}
