/**
 * Webhook signing secrets must be readable to sign, so they are stored encrypted (AES-256-GCM with
 * DATA_ENCRYPTION_KEY), each bound to its endpoint id, never hashed and never logged.
 */
import { decryptDocument, encryptDocument } from '../documents/crypto';

const associatedData = (endpointId: string) => `webhook-secret:${endpointId}`;

export function sealSecret(key: Buffer, endpointId: string, secret: string): string {
  return encryptDocument(key, Buffer.from(secret, 'utf8'), associatedData(endpointId)).toString('base64');
}

export function openSecret(key: Buffer, endpointId: string, sealed: string): string {
  return decryptDocument(key, Buffer.from(sealed, 'base64'), associatedData(endpointId)).toString('utf8');
}

/** The secrets that sign now: the current one, and the previous one during the overlap after a rotation. */
export function signingSecrets(
  key: Buffer,
  endpoint: { id: string; secretCiphertext: string; previousSecretCiphertext: string | null; previousSecretExpiresAt: Date | null },
  now: Date,
): string[] {
  const current = openSecret(key, endpoint.id, endpoint.secretCiphertext);
  const previousValid = endpoint.previousSecretCiphertext && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now;
  return previousValid ? [current, openSecret(key, endpoint.id, endpoint.previousSecretCiphertext!)] : [current];
}
