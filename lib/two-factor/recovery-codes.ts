/**
 * Recovery codes: ten one-use codes shown once when two-factor sign-in is set up, for a lost phone. Each is 16
 * characters of Crockford's base-32 alphabet (80 random bits) in groups of four, so a fast hash is enough to
 * store it (as for API key secrets); what a person types is normalised first (case, dashes, spaces).
 */
import { randomInt } from 'node:crypto';
import { sha256Hex } from '../secrets';

export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base 32: no i, l, o or u to misread. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 16;

/** `ab3d-…`: 16 characters in four groups. */
export function newRecoveryCode(): string {
  const characters = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return characters.match(/.{4}/g)!.join('-');
}

/** Case, dashes and spaces do not matter: people copy codes from paper. */
export function normalisedRecoveryCode(typed: string): string | null {
  const bare = typed.toLowerCase().replace(/[\s-]+/g, '');
  return bare.length === CODE_LENGTH && /^[0-9a-hjkmnp-tv-z]+$/.test(bare) ? bare : null;
}

export function recoveryCodeHash(code: string): string | null {
  const bare = normalisedRecoveryCode(code);
  return bare ? sha256Hex(`recovery-code:${bare}`) : null;
}
