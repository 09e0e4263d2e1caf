/** The face policies alone: pure functions, no models, no stack. */
import { FACE_MATCH_THRESHOLDS, judgeFaceMatch, selfieProblem } from '../../../activities/checks/face/face-match-policy';
import { loadConfig } from '../../../lib/config';

const thresholds = { match: 0.55, mismatch: 0.35 };
const limits = { minSizeRatio: 0.15, minSharpness: 20 };
const goodFace = { sizeRatio: 0.4, sharpness: 300 };

describe('judgeFaceMatch', () => {
  it.each([
    [1, 'FACE_MATCH'],
    [0.55, 'FACE_MATCH'],
    [0.5499, 'FACE_UNCERTAIN'],
    [0.45, 'FACE_UNCERTAIN'],
    [0.35, 'FACE_UNCERTAIN'],
    [0.3499, 'FACE_MISMATCH'],
    [0, 'FACE_MISMATCH'],
  ])('similarity %p is %s', (similarity, verdict) => {
    expect(judgeFaceMatch(similarity, thresholds)).toBe(verdict);
  });

  it('has no uncertain band when both thresholds are equal', () => {
    expect(judgeFaceMatch(0.5, { match: 0.5, mismatch: 0.5 })).toBe('FACE_MATCH');
    expect(judgeFaceMatch(0.49, { match: 0.5, mismatch: 0.5 })).toBe('FACE_MISMATCH');
  });

  it('refuses a mismatch threshold above the match threshold', () => {
    expect(() => judgeFaceMatch(0.5, { match: 0.4, mismatch: 0.6 })).toThrow(RangeError);
  });
});

describe('selfieProblem', () => {
  it('accepts one large, sharp face', () => {
    expect(selfieProblem([goodFace], limits)).toBeNull();
  });

  it('asks for a face when none is found', () => {
    expect(selfieProblem([], limits)).toBe('NO_FACE_FOUND');
  });

  it('refuses a second face, however small', () => {
    expect(selfieProblem([goodFace, { sizeRatio: 0.05, sharpness: 10 }], limits)).toBe('TOO_MANY_FACES');
  });

  it('asks to come closer before asking for a sharper photo', () => {
    expect(selfieProblem([{ sizeRatio: 0.1, sharpness: 5 }], limits)).toBe('FACE_TOO_SMALL');
    expect(selfieProblem([{ sizeRatio: 0.15, sharpness: 5 }], limits)).toBe('FACE_TOO_BLURRY');
    expect(selfieProblem([{ sizeRatio: 0.15, sharpness: 20 }], limits)).toBeNull();
  });
});

test("the worker's default thresholds (FACE_MATCH_THRESHOLD, FACE_MISMATCH_THRESHOLD) are the evaluated ones", () => {
  const { verification } = loadConfig({ DATABASE_URL: 'postgresql://localhost/magiclink' });
  expect({ match: verification.faceMatch, mismatch: verification.faceMismatch }).toEqual(FACE_MATCH_THRESHOLDS);
});
