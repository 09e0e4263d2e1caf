/**
 * Webhook signing secrets must be readable to sign, so they are stored encrypted (AES-256-GCM under the keyring's
 * current key, lib/documents/crypto.ts), each bound to its endpoint id, never hashed and never logged.
 */
import { decryptDocument, encryptDocument } from '../documents/crypto';
import type { Keyring } from '../keyring';

const associatedData = (endpointId: string) => `webhook-secret:${endpointId}`;

export function sealSecret(key: Keyring, endpointId: string, secret: string): string {
  return encryptDocument(key, Buffer.from(secret, 'utf8'), associatedData(endpointId)).toString('base64');
}

export function openSecret(key: Keyring, endpointId: string, sealed: string): string {
  return decryptDocument(key, Buffer.from(sealed, 'base64'), associatedData(endpointId)).toString('utf8');
}

/** The secrets that sign now: the current one, and the previous one during the overlap after a rotation. */
export function signingSecrets(
  key: Keyring,
  endpoint: { id: string; secretCiphertext: string; previousSecretCiphertext: string | null; previousSecretExpiresAt: Date | null },
  now: Date,
): string[] {
  const current = openSecret(key, endpoint.id, endpoint.secretCiphertext);
  const previousValid = endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now;
  return previousValid ? [current, openSecret(key, endpoint.id, endpoint.previousSecretCiphertext!)] : [current];
}
