/** The failure throttle (lib/failure-throttle.ts) and its per-account/per-address use (api/auth-throttle.ts), on a fake clock. */
import { createAuthThrottle } from '../../../api/auth-throttle';
import { createFailureThrottle } from '../../../lib/failure-throttle';

function fakeClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('createFailureThrottle', () => {
  const limit = { maxFailures: 3, windowMs: 60_000, lockoutMs: 30_000 };

  test('the third failure within the window locks the key for the lockout, then it expires by itself', () => {
    const clock = fakeClock();
    const throttle = createFailureThrottle(limit, clock.now);
    expect([throttle.fail('a'), throttle.fail('a'), throttle.fail('a')]).toEqual([false, false, true]);
    expect(throttle.lockedForMs('a')).toBe(30_000);
    expect(throttle.lockedForMs('b')).toBe(0);
    clock.advance(29_999);
    expect(throttle.lockedForMs('a')).toBe(1);
    clock.advance(1);
    expect(throttle.lockedForMs('a')).toBe(0);
    // After the lockout the key has its full allowance again.
    expect([throttle.fail('a'), throttle.fail('a')]).toEqual([false, false]);
    expect(throttle.lockedForMs('a')).toBe(0);
  });

  test('failures older than the window are forgotten; a success clears the key', () => {
    const clock = fakeClock();
    const throttle = createFailureThrottle(limit, clock.now);
    throttle.fail('a');
    throttle.fail('a');
    clock.advance(60_000);
    expect(throttle.fail('a')).toBe(false);
    throttle.fail('a');
    throttle.succeed('a');
    expect([throttle.fail('a'), throttle.fail('a')]).toEqual([false, false]);
  });

  test('remembers at most maxKeys keys, forgetting the least recently failed', () => {
    const clock = fakeClock();
    const throttle = createFailureThrottle({ ...limit, maxFailures: 1 }, clock.now, 2);
    throttle.fail('a');
    throttle.fail('b');
    throttle.fail('c');
    expect(['a', 'b', 'c'].map((key) => throttle.lockedForMs(key) > 0)).toEqual([false, true, true]);
  });
});

describe('createAuthThrottle', () => {
  test('an account locks after maxFailures, an address after four times as many, each with whole seconds to wait', () => {
    const clock = fakeClock();
    const throttle = createAuthThrottle({ maxFailures: 2, lockoutSeconds: 90, windowSeconds: 90 }, clock.now);
    const attempt = { account: 'ops@example.com', address: '203.0.113.7' };
    expect(throttle.fail(attempt)).toEqual([]);
    expect(throttle.fail(attempt)).toEqual(['account']);
    expect(throttle.retryAfterSeconds(attempt)).toBe(90);
    clock.advance(500);
    expect(throttle.retryAfterSeconds(attempt)).toBe(90); // 89.5 s, rounded up
    expect(throttle.retryAfterSeconds({ account: 'other@example.com', address: '198.51.100.1' })).toBe(0);

    const locked = [];
    for (let n = 0; n < 6; n += 1) locked.push(throttle.fail({ account: `user${n}@example.com`, address: '203.0.113.7' }));
    // Two failures above plus six: the eighth from the address (4 × 2) locks it, whatever the account.
    expect(locked.at(-1)).toEqual(['address']);
    expect(throttle.retryAfterSeconds({ account: 'fresh@example.com', address: '203.0.113.7' })).toBe(90);
    expect(throttle.retryAfterSeconds({ account: 'fresh@example.com', address: '198.51.100.1' })).toBe(0);
  });
});
