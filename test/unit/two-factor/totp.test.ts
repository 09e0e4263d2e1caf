/** TOTP codes (RFC 6238): the RFC's own test vector, the drift allowed, and no code accepted twice. */
import { createKeyring } from '../../../lib/keyring';
import { openTotpSecret, sealTotpSecret } from '../../../lib/two-factor/sealed-secret';
import { acceptedTotpStep, newTotpSecret, totpCodeAt, totpUri } from '../../../lib/two-factor/totp';

// RFC 6238 appendix B: the ASCII secret "12345678901234567890" (SHA-1), in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const AT = 1_111_111_109_000;
const STEP = Math.floor(AT / 30_000);

test("the RFC 6238 test vector: 081804 at 1111111109 s (the RFC's 8 digits 07081804, cut to 6)", () => {
  expect(totpCodeAt(RFC_SECRET, AT)).toBe('081804');
  expect(acceptedTotpStep(RFC_SECRET, '081804', null, AT)).toBe(STEP);
});

test('a code of the step before or after is accepted (clock drift); two steps away is not', () => {
  const previous = totpCodeAt(RFC_SECRET, AT - 30_000);
  expect(acceptedTotpStep(RFC_SECRET, previous, null, AT)).toBe(STEP - 1);
  expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, AT + 30_000), null, AT)).toBe(STEP + 1);
  expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, AT - 60_000), null, AT)).toBeNull();
});

test('a code of a step at or before the last one accepted is refused: no replay within its window', () => {
  const code = totpCodeAt(RFC_SECRET, AT);
  expect(acceptedTotpStep(RFC_SECRET, code, STEP, AT)).toBeNull();
  expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, AT - 30_000), STEP, AT)).toBeNull();
  expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, AT + 30_000), STEP, AT)).toBe(STEP + 1);
});

test('spaces are ignored; anything but six digits is refused', () => {
  expect(acceptedTotpStep(RFC_SECRET, ' 081 804 ', null, AT)).toBe(STEP);
  for (const typed of ['', '81804', '0818041', 'abcdef', '081804x']) expect(acceptedTotpStep(RFC_SECRET, typed, null, AT)).toBeNull();
});

test('a new secret is 160 random bits in base32, and the URI names the issuer and the operator', () => {
  const secret = newTotpSecret();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(newTotpSecret()).not.toBe(secret);
  expect(totpUri(secret, 'ops@example.com', 'Magic Link')).toBe(`otpauth://totp/Magic%20Link:ops%40example.com?issuer=Magic%20Link&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
});

test('a sealed secret opens only for its own operator, and holds no plain secret', () => {
  const keyring = createKeyring({ current: Buffer.alloc(32, 7) });
  const secret = newTotpSecret();
  const sealed = sealTotpSecret(keyring, 'usr_a', secret);
  expect(Buffer.from(sealed, 'base64').includes(secret)).toBe(false);
  expect(openTotpSecret(keyring, 'usr_a', sealed)).toBe(secret);
  expect(() => openTotpSecret(keyring, 'usr_b', sealed)).toThrow();
});
