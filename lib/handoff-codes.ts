/**
 * The short codes of desktop → phone handoffs (`/h/{code}`): 8 characters from 30 that cannot be mistaken for one
 * another when read off a screen and typed (no 0/O, 1/I/L, no U), typed in either case. 30^8 ≈ 6.6·10^11 codes, a
 * handful live at a time for minutes each, and guessing is throttled per client address (docs/security.md).
 * Stored as an HMAC under a subkey of the hashing key, like session tokens: the code space is small enough that a
 * plain hash in a leaked table could be reversed by trying every code.
 */
import { createHmac, hkdfSync, randomInt } from 'node:crypto';
import type { Keyring } from './keyring';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;
const CODE_PATTERN = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);

export function newHandoffCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** The code as typed (any case, surrounding spaces), or null when it cannot be one. */
export function normaliseHandoffCode(typed: string): string | null {
  const code = typed.trim().toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

const codeKeys = new WeakMap<Buffer, Buffer>();

export function handoffCodeHash(keyring: Keyring, code: string): string {
  let key = codeKeys.get(keyring.hashingKey);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', keyring.hashingKey, Buffer.alloc(0), 'magic-link/handoff-code', 32));
    codeKeys.set(keyring.hashingKey, key);
  }
  return createHmac('sha256', key).update(code).digest('hex');
}
