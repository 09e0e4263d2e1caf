/**
 * What each use of the keyring does across a rotation (key 1 → key 2 with key 1 kept as a previous key): sealed
 * readings and webhook secrets written under key 1 — in the new format or the version 1 format from before key ids —
 * still open, new ones are written under key 2, and the HMACs (session tokens, document hash) do not change.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { keyIdOfBlob } from '../../../lib/documents/crypto';
import { documentHash, openReading, sealReading, type SealedReading } from '../../../lib/documents/reading-seal';
import { createKeyring } from '../../../lib/keyring';
import { sessionTokenFor } from '../../../lib/session-tokens';
import { openSecret, sealSecret, signingSecrets } from '../../../lib/webhooks/endpoint-secrets';

const [key1, key2] = [randomBytes(32), randomBytes(32)];
const before = createKeyring({ current: key1 });
const during = createKeyring({ current: key2, previous: [key1], hashingKey: key1 });
const after = createKeyring({ current: key2, hashingKey: key1 });
const SESSION = 'ses_0mhd1k2p3a1b2c3d4e5f6a7b8c9d0';
const ENDPOINT = 'whe_0mhd1k2p3a1b2c3d4e5f6a7b8c9d0';
const READING: SealedReading = { fields: null, lines: ['P<UTO'], invalidFields: [], corrected: false, visualZone: [] };

/** The format written before key ids: version 1 | IV | tag | ciphertext. */
function legacyBlob(key: Buffer, plaintext: string, associatedData: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), ciphertext]);
}

test('a webhook secret sealed under key 1 (either format) opens during the rotation; new ones are under key 2', () => {
  const sealed = sealSecret(before, ENDPOINT, 'whsec_one');
  const legacy = legacyBlob(key1, 'whsec_old', `webhook-secret:${ENDPOINT}`).toString('base64');

  expect(openSecret(during, ENDPOINT, sealed)).toBe('whsec_one');
  expect(openSecret(during, ENDPOINT, legacy)).toBe('whsec_old');
  expect(signingSecrets(during, { id: ENDPOINT, secretCiphertext: sealed, previousSecretCiphertext: legacy, previousSecretExpiresAt: new Date(Date.now() + 60_000) }, new Date())).toEqual([
    'whsec_one',
    'whsec_old',
  ]);
  expect(keyIdOfBlob(Buffer.from(sealSecret(during, ENDPOINT, 'whsec_two'), 'base64'))).toBe(during.current.id);
  expect(() => openSecret(after, ENDPOINT, sealed)).toThrow(`Data was encrypted under key ${before.current.id}, which is not configured`);
});

test('a reading sealed under key 1 (either format) opens during the rotation, bound to its session and attempt', () => {
  const sealed = sealReading(before, SESSION, 1, READING);
  const legacy = legacyBlob(key1, JSON.stringify(READING), `reading:${SESSION}:1`);

  expect(openReading(during, SESSION, 1, sealed)).toEqual(READING);
  expect(openReading(during, SESSION, 1, legacy)).toEqual(READING);
  expect(() => openReading(during, SESSION, 2, legacy)).toThrow('Encrypted document failed authentication');
  expect(keyIdOfBlob(Buffer.from(sealReading(during, SESSION, 1, READING)))).toBe(during.current.id);
});

test('session tokens and document hashes stay the same across the rotation (HASHING_KEY = key 1)', () => {
  const document = { issuingCountry: 'UTO', documentNumber: 'L898902C3' };
  for (const keyring of [during, after]) {
    expect(sessionTokenFor(keyring, SESSION)).toBe(sessionTokenFor(before, SESSION));
    expect(documentHash(keyring, document)).toBe(documentHash(before, document));
  }
  expect(sessionTokenFor(createKeyring({ current: key2 }), SESSION)).not.toBe(sessionTokenFor(before, SESSION));
});
