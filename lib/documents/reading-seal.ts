/**
 * What the engine read from a document is personal data: sealed with the key that encrypts the images
 * (AES-256-GCM, bound to the session and attempt), and a keyed hash of the document's identity for the reuse check
 * (HMAC under the keyring's hashing key, so a document seen before a key rotation still matches after it).
 */
import { createHmac } from 'node:crypto';
import { decryptDocument, encryptDocument } from './crypto';
import type { Keyring } from '../keyring';
import type { MrzFields, VisualZoneCheck } from './reading';

export interface SealedReading {
  fields: MrzFields | null;
  lines: string[];
  invalidFields: string[];
  corrected: boolean;
  visualZone: VisualZoneCheck[];
}

const boundTo = (sessionId: string, attempt: number) => `reading:${sessionId}:${attempt}`;

export function sealReading(key: Keyring, sessionId: string, attempt: number, reading: SealedReading): Uint8Array<ArrayBuffer> {
  return new Uint8Array(encryptDocument(key, Buffer.from(JSON.stringify(reading), 'utf8'), boundTo(sessionId, attempt)));
}

export function openReading(key: Keyring, sessionId: string, attempt: number, sealed: Uint8Array): SealedReading {
  return JSON.parse(decryptDocument(key, Buffer.from(sealed), boundTo(sessionId, attempt)).toString('utf8')) as SealedReading;
}

/** Equal for the same issuing country and number, unreadable without the key; under the hashing key, stable across rotations. */
export function documentHash(key: Keyring, fields: Pick<MrzFields, 'issuingCountry' | 'documentNumber'>): string {
  return createHmac('sha256', key.hashingKey).update(`document:${fields.issuingCountry}:${fields.documentNumber}`).digest('hex');
}
