/**
 * The per-key rate limiter (lib/rate-limit.ts) on a fake clock, and the bounds of `lru-cache` that the limiter, the
 * failure throttle and the QR cache rely on.
 */
import { LRUCache } from 'lru-cache';
import { createRateLimiter } from '../../../lib/rate-limit';

function fakeClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('createRateLimiter', () => {
  test('allows `limit` requests per window from the first, then refuses with the seconds left in the window', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 }, clock.now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    clock.advance(59_001);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Refusals do not extend the window.
    clock.advance(999);
    expect(limiter.take('a')).toEqual({ allowed: true });
  });

  test('keys are counted apart', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 }, fakeClock().now);
    expect([limiter.take('a'), limiter.take('b'), limiter.take('a')]).toEqual([{ allowed: true }, { allowed: true }, { allowed: false, retryAfterSeconds: 60 }]);
  });

  test('remembers at most maxKeys keys, forgetting the least recently used', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 }, fakeClock().now, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('c')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
});

describe('LRUCache bounded by entries and bytes, as the QR cache uses it', () => {
  const cache = () => new LRUCache<string, string>({ max: 3, maxSize: 10, sizeCalculation: (value) => value.length });

  test('evicts the least recently used past maxEntries', () => {
    const lru = cache();
    lru.set('a', '1');
    lru.set('b', '2');
    lru.set('c', '3');
    expect(lru.get('a')).toBe('1');
    lru.set('d', '4');
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.get('d')]).toEqual(['1', undefined, '3', '4']);
    expect({ size: lru.size, bytes: lru.calculatedSize }).toEqual({ size: 3, bytes: 3 });
  });

  test('evicts past maxBytes; a value larger than maxBytes is not kept; replacing a key counts its new size', () => {
    const lru = cache();
    lru.set('a', '12345');
    lru.set('b', '1234');
    lru.set('c', '12');
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([undefined, '1234', '12']);
    lru.set('big', '12345678901');
    expect(lru.get('big')).toBeUndefined();
    lru.set('b', '1');
    expect({ size: lru.size, bytes: lru.calculatedSize }).toEqual({ size: 2, bytes: 3 });
  });
});
