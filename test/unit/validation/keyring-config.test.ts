/** DATA_ENCRYPTION_KEY, DATA_ENCRYPTION_PREVIOUS_KEYS and HASHING_KEY (lib/config.ts → lib/keyring.ts): the keyring each parses to, and the startup errors. */
import { createHash, randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, requireKeyring } from '../../../lib/config';
import { createKeyring, keyIdOf } from '../../../lib/keyring';

const base = { DATABASE_URL: 'postgresql://localhost/magiclink' };
const [key1, key2, key3] = [randomBytes(32), randomBytes(32), randomBytes(32)];
const b64 = (key: Buffer) => key.toString('base64');

test('a key id is the first 8 hex characters of its SHA-256', () => {
  expect(keyIdOf(key1)).toBe(createHash('sha256').update(key1).digest('hex').slice(0, 8));
  expect(keyIdOf(key1)).toMatch(/^[0-9a-f]{8}$/);
});

test('one key: it encrypts, decrypts and hashes', () => {
  const keyring = requireKeyring(loadConfig({ ...base, DATA_ENCRYPTION_KEY: b64(key1) }));
  expect(keyring.current).toEqual({ id: keyIdOf(key1), key: key1 });
  expect(keyring.keys.map((key) => key.id)).toEqual([keyIdOf(key1)]);
  expect(keyring.hashingKey.equals(key1)).toBe(true);
});

test('empty rotation variables count as unset (compose passes `${NAME:-}` through as an empty string)', () => {
  const keyring = requireKeyring(loadConfig({ ...base, DATA_ENCRYPTION_KEY: b64(key1), DATA_ENCRYPTION_PREVIOUS_KEYS: '', HASHING_KEY: '' }));
  expect(keyring.keys.map((key) => key.id)).toEqual([keyring.current.id]);
  expect(keyring.hashingKey.equals(key1)).toBe(true);
});

test('during a rotation: the new key encrypts, every key decrypts (current first, repeats dropped), HASHING_KEY hashes', () => {
  const keyring = requireKeyring(
    loadConfig({ ...base, DATA_ENCRYPTION_KEY: b64(key3), DATA_ENCRYPTION_PREVIOUS_KEYS: ` ${b64(key2)}, ${b64(key1)},${b64(key2)},${b64(key3)}`, HASHING_KEY: b64(key1) }),
  );
  expect(keyring.current.id).toBe(keyIdOf(key3));
  expect(keyring.keys.map((key) => key.id)).toEqual([key3, key2, key1].map(keyIdOf));
  expect(keyring.hashingKey.equals(key1)).toBe(true);
});

test('after a rotation: the new key alone, with HASHING_KEY kept', () => {
  const keyring = requireKeyring(loadConfig({ ...base, DATA_ENCRYPTION_KEY: b64(key2), HASHING_KEY: b64(key1) }));
  expect(keyring.keys.map((key) => key.id)).toEqual([keyIdOf(key2)]);
  expect(keyring.hashingKey.equals(key1)).toBe(true);
});

test('previous keys without HASHING_KEY refuse to start, saying which key to set', () => {
  expect(() => loadConfig({ ...base, DATA_ENCRYPTION_KEY: b64(key2), DATA_ENCRYPTION_PREVIOUS_KEYS: b64(key1) })).toThrow(
    new ConfigError(
      'Invalid configuration:\n  DATA_ENCRYPTION_PREVIOUS_KEYS is set but HASHING_KEY is not: set HASHING_KEY to the DATA_ENCRYPTION_KEY this deployment used before its first rotation, so session links and the document-reuse check keep working',
    ),
  );
});

test('previous keys without a current key refuse to start', () => {
  expect(() => loadConfig({ ...base, DATA_ENCRYPTION_PREVIOUS_KEYS: b64(key1), HASHING_KEY: b64(key1) })).toThrow(
    'DATA_ENCRYPTION_PREVIOUS_KEYS needs DATA_ENCRYPTION_KEY (the current key)',
  );
});

test.each([
  ['DATA_ENCRYPTION_KEY', { DATA_ENCRYPTION_KEY: b64(randomBytes(16)) }, '32 bytes in base64 (openssl rand -base64 32)'],
  ['DATA_ENCRYPTION_PREVIOUS_KEYS', { DATA_ENCRYPTION_KEY: b64(key2), DATA_ENCRYPTION_PREVIOUS_KEYS: `${b64(key1)},short`, HASHING_KEY: b64(key1) }, 'comma-separated keys of 32 bytes in base64 each'],
  ['HASHING_KEY', { DATA_ENCRYPTION_KEY: b64(key2), HASHING_KEY: 'c2hvcnQ=' }, '32 bytes in base64 (openssl rand -base64 32)'],
])('a malformed %s is named', (name, env, message) => {
  expect(() => loadConfig({ ...base, ...env })).toThrow(new ConfigError(`Invalid configuration:\n  ${name}: ${message}`));
});

test('createKeyring names the variable of a key of the wrong size', () => {
  expect(() => createKeyring({ current: randomBytes(16) })).toThrow('DATA_ENCRYPTION_KEY must be 32 bytes, not 16');
  expect(() => createKeyring({ current: key1, previous: [key2, randomBytes(31)] })).toThrow('DATA_ENCRYPTION_PREVIOUS_KEYS (key 2) must be 32 bytes, not 31');
});
