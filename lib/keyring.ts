/**
 * The keys for data at rest: the current key (DATA_ENCRYPTION_KEY) encrypts everything new; previous keys
 * (DATA_ENCRYPTION_PREVIOUS_KEYS) still decrypt what was written before a rotation. Each key is known by an id —
 * the first 8 hex characters of its SHA-256 — that new ciphertexts carry, so a reader knows which key to use.
 * HMACs (session link tokens, the document-reuse hash) use a separate, stable hashing key (HASHING_KEY, by default
 * the data key), because an HMAC cannot be "re-encrypted": changing its key would break every link sent so far.
 */
import { createHash } from 'node:crypto';

export const KEY_BYTES = 32;

export interface DataKey {
  /** 8 hex characters: 4 bytes in a ciphertext's header. */
  readonly id: string;
  readonly key: Buffer;
}

export interface Keyring {
  /** Encrypts everything written. */
  readonly current: DataKey;
  /** Every key that may decrypt, the current one first. */
  readonly keys: readonly DataKey[];
  /** For HMACs that must stay stable across rotations. */
  readonly hashingKey: Buffer;
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function createKeyring(options: { current: Buffer; previous?: readonly Buffer[]; hashingKey?: Buffer }): Keyring {
  assertKeyLength(options.current, 'DATA_ENCRYPTION_KEY');
  (options.previous ?? []).forEach((key, index) => assertKeyLength(key, `DATA_ENCRYPTION_PREVIOUS_KEYS (key ${index + 1})`));
  const current = { id: keyIdOf(options.current), key: options.current };
  const keys = [current];
  for (const key of options.previous ?? []) {
    const id = keyIdOf(key);
    if (!keys.some((known) => known.id === id)) keys.push({ id, key });
  }
  return { current, keys, hashingKey: options.hashingKey ?? options.current };
}

export function keyById(keyring: Keyring, id: string): DataKey {
  const found = keyring.keys.find((candidate) => candidate.id === id);
  if (!found) {
    throw new Error(
      `Data was encrypted under key ${id}, which is not configured: add that key to DATA_ENCRYPTION_PREVIOUS_KEYS (configured: ${keyring.keys.map((k) => k.id).join(', ')})`,
    );
  }
  return found;
}

function assertKeyLength(key: Buffer, name: string): void {
  if (key.length !== KEY_BYTES) throw new Error(`${name} must be ${KEY_BYTES} bytes, not ${key.length} (e.g. \`openssl rand -base64 32\`)`);
}
