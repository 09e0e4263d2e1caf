/** The webhook retry policy as one pure function: schedule, jitter, Retry-After. No Temporal, no database. */
import { MAX_RETRY_AFTER_SECONDS, RETRY_JITTER, retryDelaySeconds, withRetryAfter } from '../../workflows/retry-delay';

const SVIX = [5, 300, 1800, 7200, 18000, 36000, 36000];
const middle = () => 0.5;

test('follows the schedule: the wait after attempt n is the schedule’s n-th entry (a draw of 0.5 adds no jitter)', () => {
  expect(SVIX.map((_, index) => retryDelaySeconds({ schedule: SVIX, attempt: index + 1, retryAfterSeconds: null, random: middle }))).toEqual(SVIX);
});

test('an exhausted schedule: null, and no random draw', () => {
  const random = jest.fn(() => 0.5);
  expect(retryDelaySeconds({ schedule: SVIX, attempt: SVIX.length + 1, retryAfterSeconds: null, random })).toBeNull();
  expect(retryDelaySeconds({ schedule: [], attempt: 1, retryAfterSeconds: 30, random })).toBeNull();
  expect(random).not.toHaveBeenCalled();
});

test('jitter: ±10 % at the ends of the draw’s range, one draw per wait', () => {
  expect(RETRY_JITTER).toBe(0.1);
  const random = jest.fn(() => 0);
  expect(retryDelaySeconds({ schedule: [300], attempt: 1, retryAfterSeconds: null, random })).toBeCloseTo(270, 10);
  expect(random).toHaveBeenCalledTimes(1);
  expect(retryDelaySeconds({ schedule: [300], attempt: 1, retryAfterSeconds: null, random: () => 0.999_999 })).toBeCloseTo(330, 3);
  expect(retryDelaySeconds({ schedule: [300], attempt: 1, retryAfterSeconds: null, random: () => 0.75 })).toBeCloseTo(315, 10);
});

test('jitter stays within its bounds for any draw', () => {
  for (let draw = 0; draw < 1; draw += 0.01) {
    const wait = retryDelaySeconds({ schedule: [1800], attempt: 1, retryAfterSeconds: null, random: () => draw })!;
    expect(wait).toBeGreaterThanOrEqual(1620);
    expect(wait).toBeLessThan(1980);
  }
});

test('a longer Retry-After wins over the jittered wait', () => {
  expect(retryDelaySeconds({ schedule: SVIX, attempt: 1, retryAfterSeconds: 120, random: middle })).toBe(120);
});

test('a shorter Retry-After does not shorten the schedule', () => {
  expect(retryDelaySeconds({ schedule: SVIX, attempt: 2, retryAfterSeconds: 10, random: () => 0 })).toBeCloseTo(270, 10);
});

test('Retry-After is capped at 10 hours', () => {
  expect(MAX_RETRY_AFTER_SECONDS).toBe(36_000);
  expect(retryDelaySeconds({ schedule: SVIX, attempt: 1, retryAfterSeconds: 86_400, random: middle })).toBe(36_000);
  expect(withRetryAfter(5, 1_000_000)).toBe(36_000);
});

test('withRetryAfter: no header leaves the delay as it is, including a zero wait', () => {
  expect(withRetryAfter(4.5, null)).toBe(4.5);
  expect(withRetryAfter(0, null)).toBe(0);
  expect(withRetryAfter(4.5, 9)).toBe(9);
});
