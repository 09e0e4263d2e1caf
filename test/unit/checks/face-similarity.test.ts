/** The engine's face score from two models' descriptors (face-similarity.ts), without the models. */
import { DESCRIPTOR_LENGTH, FACE_API_DESCRIPTOR_LENGTH, HUMAN_DESCRIPTOR_LENGTH, similarityParts } from '../../../activities/checks/face/face-similarity';

/** A descriptor whose Human part is `human` repeated and whose face-api part is `faceApi` repeated. */
const descriptor = (human: number, faceApi: number) => [
  ...new Array<number>(HUMAN_DESCRIPTOR_LENGTH).fill(human),
  ...new Array<number>(FACE_API_DESCRIPTOR_LENGTH).fill(faceApi),
];

test('hands each model its own part and averages Human similarity with 1 − face-api distance', () => {
  const seen: number[][] = [];
  const humanSimilarity = (a: number[], b: number[]) => {
    seen.push(a, b);
    return 0.7;
  };
  // face-api parts differ by 0.05 in each of 128 numbers: distance √(128 · 0.0025) ≈ 0.566.
  const parts = similarityParts(descriptor(1, 0), descriptor(2, 0.05), humanSimilarity)!;
  expect(seen).toEqual([new Array(HUMAN_DESCRIPTOR_LENGTH).fill(1), new Array(HUMAN_DESCRIPTOR_LENGTH).fill(2)]);
  expect(parts.human).toBe(0.7);
  expect(parts.faceApiDistance).toBeCloseTo(Math.sqrt(128 * 0.0025), 10);
  expect(parts.combined).toBeCloseTo((0.7 + 1 - Math.sqrt(128 * 0.0025)) / 2, 10);
});

test('keeps the score within 0..1 when face-api puts two faces further apart than 1', () => {
  const parts = similarityParts(descriptor(0, 0), descriptor(0, 1), () => 0)!;
  expect(parts.faceApiDistance).toBeGreaterThan(1);
  expect(parts.combined).toBe(0);
});

test('compares nothing unless both are full descriptors', () => {
  const humanSimilarity = jest.fn(() => 1);
  expect(similarityParts(descriptor(1, 1), [], humanSimilarity)).toBeNull();
  expect(similarityParts(descriptor(1, 1).slice(0, HUMAN_DESCRIPTOR_LENGTH), descriptor(1, 1), humanSimilarity)).toBeNull();
  expect(humanSimilarity).not.toHaveBeenCalled();
  expect(DESCRIPTOR_LENGTH).toBe(1152);
});
