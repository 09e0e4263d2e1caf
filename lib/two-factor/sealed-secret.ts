/**
 * TOTP secrets must be readable to check a code, so they are stored encrypted like webhook signing secrets
 * (AES-256-GCM under the keyring's current key, lib/documents/crypto.ts), each bound to its operator's id.
 */
import { decryptDocument, encryptDocument } from '../documents/crypto';
import type { Keyring } from '../keyring';

const associatedData = (userId: string) => `totp-secret:${userId}`;

export function sealTotpSecret(keyring: Keyring, userId: string, secret: string): string {
  return encryptDocument(keyring, Buffer.from(secret, 'utf8'), associatedData(userId)).toString('base64');
}

export function openTotpSecret(keyring: Keyring, userId: string, sealed: string): string {
  return decryptDocument(keyring, Buffer.from(sealed, 'base64'), associatedData(userId)).toString('utf8');
}
