/**
 * Data at rest (images, sealed readings, webhook secrets): AES-256-GCM. A blob is self-describing —
 * version 2 (1 byte) | key id (4) | IV (12) | auth tag (16) | ciphertext — and authenticated together with associated
 * data (the storage key, or what the value belongs to), so a blob copied to another place or altered by a single bit
 * fails to decrypt instead of yielding someone else's photo. The key id names the key of the keyring that encrypted
 * it (lib/keyring.ts). Version 1 blobs (no key id, written before key rotation existed) are still read: each
 * configured key is tried, and GCM authentication tells which one fits.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { keyById, type Keyring } from '../keyring';

const LEGACY_VERSION = 1;
const VERSION = 2;
const KEY_ID_BYTES = 4;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const AUTHENTICATION_FAILURE = 'Encrypted document failed authentication: wrong key, wrong storage key or altered data';

export function encryptDocument(keyring: Keyring, plaintext: Buffer, associatedData: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), Buffer.from(keyring.current.id, 'hex'), iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the blob was altered, its key is not configured, or the associated data differ from encryption. */
export function decryptDocument(keyring: Keyring, blob: Buffer, associatedData: string): Buffer {
  const version = blob[0];
  if (version === VERSION) {
    const body = bodyAfter(blob, 1 + KEY_ID_BYTES);
    return decryptWith(keyById(keyring, keyIdOfBlob(blob)!).key, body, associatedData);
  }
  if (version === LEGACY_VERSION) {
    const body = bodyAfter(blob, 1);
    for (const { key } of keyring.keys) {
      try {
        return decryptWith(key, body, associatedData);
      } catch {
        // Not this key: try the next one.
      }
    }
    throw new Error(AUTHENTICATION_FAILURE);
  }
  throw new Error(`Encrypted document has unknown format version ${version}`);
}

/** The id of the key a blob was encrypted under; null for a version 1 blob, which does not say. */
export function keyIdOfBlob(blob: Buffer): string | null {
  return blob[0] === VERSION && blob.length >= 1 + KEY_ID_BYTES ? blob.subarray(1, 1 + KEY_ID_BYTES).toString('hex') : null;
}

function bodyAfter(blob: Buffer, headerBytes: number): Buffer {
  if (blob.length < headerBytes + IV_BYTES + TAG_BYTES) throw new Error('Encrypted document is too short to be valid');
  return blob.subarray(headerBytes);
}

function decryptWith(key: Buffer, body: Buffer, associatedData: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(body.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new Error(AUTHENTICATION_FAILURE);
  }
}
