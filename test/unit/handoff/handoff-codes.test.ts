/** Handoff codes: what they are made of, how a typed code is read, and that their stored form is keyed. */
import { randomBytes } from 'node:crypto';
import { handoffCodeHash, newHandoffCode, normaliseHandoffCode } from '../../../lib/handoff-codes';
import { createKeyring } from '../../../lib/keyring';

test('a code is 8 characters with no look-alikes (0/O, 1/I/L, U), and codes differ', () => {
  const codes = Array.from({ length: 2000 }, newHandoffCode);
  for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{8}$/);
  expect(new Set(codes).size).toBe(codes.length);
  expect(codes.join('')).not.toMatch(/[01ILOU]/);
});

test('a typed code is read in either case, with spaces around it trimmed; anything else is not a code', () => {
  expect(normaliseHandoffCode(' ab3d9kxz ')).toBe('AB3D9KXZ');
  expect(normaliseHandoffCode('AB3D9KXZ')).toBe('AB3D9KXZ');
  for (const typed of ['AB3D9KX', 'AB3D9KXZ2', 'AB3D9KX0', 'AB3D9KXO', 'AB3D-KXZ', '', 'ab3d9kxz/..']) expect(normaliseHandoffCode(typed)).toBeNull();
});

test('the stored form is an HMAC under the hashing key: the same for the same key, different under another', () => {
  const keyring = createKeyring({ current: randomBytes(32) });
  const other = createKeyring({ current: randomBytes(32) });
  expect(handoffCodeHash(keyring, 'AB3D9KXZ')).toMatch(/^[0-9a-f]{64}$/);
  expect(handoffCodeHash(keyring, 'AB3D9KXZ')).toBe(handoffCodeHash(keyring, 'AB3D9KXZ'));
  expect(handoffCodeHash(keyring, 'AB3D9KXZ')).not.toBe(handoffCodeHash(other, 'AB3D9KXZ'));
  expect(handoffCodeHash(keyring, 'AB3D9KXZ')).not.toBe(handoffCodeHash(keyring, 'AB3D9KXY'));
});
