/**
 * Counts failed attempts per key (an account, a client address) and locks a key out for a while once it has failed
 * `maxFailures` times within `windowMs`. The lockout expires by itself; a success clears the key. In memory, per
 * process, bounded: past `maxKeys` the least recently used keys are forgotten, so a flood of distinct keys cannot exhaust memory.
 */
import { LRUCache } from 'lru-cache';

export interface ThrottleLimit {
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
}

interface KeyState {
  failures: number;
  windowStart: number;
  lockedUntil: number;
}

export interface FailureThrottle {
  /** How long `key` stays locked out (0: not locked). */
  lockedForMs(key: string): number;
  /** Counts a failure; true when this failure locked the key out. */
  fail(key: string): boolean;
  succeed(key: string): void;
}

export function createFailureThrottle(limit: ThrottleLimit, now: () => number = Date.now, maxKeys = 50_000): FailureThrottle {
  const states = new LRUCache<string, KeyState>({ max: maxKeys });

  return {
    lockedForMs(key) {
      return Math.max(0, (states.get(key)?.lockedUntil ?? 0) - now());
    },
    fail(key) {
      const at = now();
      const previous = states.get(key);
      const state = previous && at - previous.windowStart < limit.windowMs ? previous : { failures: 0, windowStart: at, lockedUntil: 0 };
      state.failures += 1;
      const locks = state.failures >= limit.maxFailures;
      // Locking starts a new count: after the lockout, the key gets a full allowance again.
      if (locks) Object.assign(state, { failures: 0, windowStart: at + limit.lockoutMs, lockedUntil: at + limit.lockoutMs });
      states.set(key, state);
      return locks;
    },
    succeed(key) {
      states.delete(key);
    },
  };
}
