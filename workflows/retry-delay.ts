/**
 * When a webhook delivery tries again, as one pure function: Svix's fixed schedule, a jitter around each wait, and an
 * endpoint's Retry-After when it asks for longer. The delivery workflow calls it with its deterministic `Math.random`.
 */

/** Up to ±10 % around each wait, so retries of many deliveries do not arrive at an endpoint in lockstep. */
export const RETRY_JITTER = 0.1;
/** A Retry-After longer than this is not honoured beyond it: the schedule stays bounded. */
export const MAX_RETRY_AFTER_SECONDS = 36_000;

export interface RetryDelayInput {
  /** Seconds to wait before each attempt after the first. */
  schedule: readonly number[];
  /** The attempt that just failed, counted from 1. */
  attempt: number;
  /** What the endpoint's Retry-After header asked for, if it sent one. */
  retryAfterSeconds: number | null;
  /** A draw in [0, 1); called only when the schedule has another attempt, so an exhausted schedule draws nothing. */
  random: () => number;
}

/** Seconds until the next attempt, or null when the schedule is exhausted. */
export function retryDelaySeconds({ schedule, attempt, retryAfterSeconds, random }: RetryDelayInput): number | null {
  const wait = schedule[attempt - 1];
  if (wait === undefined) return null;
  return withRetryAfter(wait * (1 + (random() * 2 - 1) * RETRY_JITTER), retryAfterSeconds);
}

/** A delay, or the endpoint's Retry-After when that is longer (capped at MAX_RETRY_AFTER_SECONDS). */
export function withRetryAfter(delaySeconds: number, retryAfterSeconds: number | null): number {
  return Math.max(delaySeconds, Math.min(retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS));
}
