/** Recovery codes: their shape, and what a person may type for one. */
import { newRecoveryCode, normalisedRecoveryCode, recoveryCodeHash } from '../../../lib/two-factor/recovery-codes';

test('a code is 16 Crockford base-32 characters in four groups, different every time', () => {
  const codes = Array.from({ length: 50 }, newRecoveryCode);
  for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
  expect(new Set(codes).size).toBe(50);
});

test('case, dashes and spaces do not change the hash; other characters or lengths have none', () => {
  const code = newRecoveryCode();
  const hash = recoveryCodeHash(code)!;
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(recoveryCodeHash(code.toUpperCase())).toBe(hash);
  expect(recoveryCodeHash(` ${code.replaceAll('-', ' ')} `)).toBe(hash);
  expect(recoveryCodeHash(code.replaceAll('-', ''))).toBe(hash);
  expect(normalisedRecoveryCode('abcd-efgh-jkmn-pqr')).toBeNull();
  expect(normalisedRecoveryCode('abcd-efgh-jkmn-pqrl')).toBeNull();
  expect(recoveryCodeHash('123456')).toBeNull();
});
