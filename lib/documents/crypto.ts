/**
 * Images at rest: AES-256-GCM. A blob is self-describing — version (1 byte) | IV (12) | auth tag (16) | ciphertext —
 * and authenticated together with associated data (the storage key), so a blob copied to another place or
 * altered by a single bit fails to decrypt instead of yielding someone else's photo.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

export function encryptDocument(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the blob was altered, or the key or associated data differ from encryption. */
export function decryptDocument(key: Buffer, blob: Buffer, associatedData: string): Buffer {
  assertKey(key);
  if (blob.length < HEADER_BYTES) throw new Error('Encrypted document is too short to be valid');
  if (blob[0] !== VERSION) throw new Error(`Encrypted document has unknown format version ${blob[0]}`);
  const iv = blob.subarray(1, 1 + IV_BYTES);
  const tag = blob.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(blob.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new Error('Encrypted document failed authentication: wrong key, wrong storage key or altered data');
  }
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`A document encryption key is ${KEY_BYTES} bytes, not ${key.length}`);
}
