/**
 * Counts requests per key (a session token's session) in a fixed window that opens with the key's first request:
 * `limit` requests per `windowMs`, then refusals until the window closes. In memory, per process, bounded: past
 * `maxKeys` the least recently used keys are forgotten, so a flood of distinct keys cannot exhaust memory.
 */
import { LRUCache } from 'lru-cache';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request of `key`; refused once the key has used its allowance in the current window. */
  take(key: string): RateDecision;
}

interface Window {
  start: number;
  count: number;
}

export function createRateLimiter(settings: RateLimit, now: () => number = Date.now, maxKeys = 50_000): RateLimiter {
  const windows = new LRUCache<string, Window>({ max: maxKeys });
  return {
    take(key) {
      const at = now();
      const previous = windows.get(key);
      const window = previous && at - previous.start < settings.windowMs ? previous : { start: at, count: 0 };
      windows.set(key, window);
      if (window.count >= settings.limit) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + settings.windowMs - at) / 1000)) };
      }
      window.count += 1;
      return { allowed: true };
    },
  };
}
