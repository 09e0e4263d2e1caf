/**
 * A session's bearer token (`/v/{token}`) is derived from its id with a key only the service holds: HMAC-SHA256
 * under a subkey of the hashing key (HASHING_KEY, by default DATA_ENCRYPTION_KEY; stable across key rotations), 240 bits, 40 base64url characters (iDenfy's `authToken` is at most 40).
 * Still stored only as a hash, and never in workflow history, yet the service can put the link into an email or SMS
 * later (a reminder, a resend) without keeping it anywhere.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import type { Keyring } from './keyring';

const tokenKeys = new WeakMap<Buffer, Buffer>();

function tokenKeyOf(key: Buffer): Buffer {
  let tokenKey = tokenKeys.get(key);
  if (!tokenKey) {
    tokenKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'magic-link/session-token', 32));
    tokenKeys.set(key, tokenKey);
  }
  return tokenKey;
}

export function sessionTokenFor(keyring: Keyring, sessionId: string): string {
  return createHmac('sha256', tokenKeyOf(keyring.hashingKey)).update(sessionId).digest().subarray(0, 30).toString('base64url');
}
