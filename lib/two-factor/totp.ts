/**
 * Time-based one-time passwords (RFC 6238) through `otpauth`: SHA-1, 6 digits, 30-second steps — what every
 * authenticator app reads from an `otpauth://` URI. A code is accepted for the step before and after the current one
 * (a phone's clock drifts, a person types slowly), and never for a step at or before the last one accepted: a code
 * seen over someone's shoulder cannot be used again.
 */
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Steps either side of now that are still accepted. */
const DRIFT_STEPS = 1;
/** 160 bits, RFC 4226's recommended length. */
const SECRET_BYTES = 20;

/** A new secret, base32 (what apps accept when typed in). */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

function totpOf(secretBase32: string, label = '', issuer = ''): TOTP {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: DIGITS, period: PERIOD_SECONDS });
}

/** The `otpauth://totp/…` URI an authenticator app scans from a QR code. */
export function totpUri(secretBase32: string, accountLabel: string, issuer: string): string {
  return totpOf(secretBase32, accountLabel, issuer).toString();
}

/** The code for `at`: what an authenticator app shows then (tests compute codes with it, as an app would). */
export function totpCodeAt(secretBase32: string, at: number = Date.now()): string {
  return totpOf(secretBase32).generate({ timestamp: at });
}

/**
 * The step `code` belongs to, when it is right for a step near `at` and later than `lastUsedStep`; null otherwise.
 * The caller records the step, so the same code is refused next time.
 */
export function acceptedTotpStep(secretBase32: string, code: string, lastUsedStep: number | null, at: number = Date.now()): number | null {
  const token = code.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(token)) return null;
  const delta = totpOf(secretBase32).validate({ token, timestamp: at, window: DRIFT_STEPS });
  if (delta === null) return null;
  const step = Math.floor(at / 1000 / PERIOD_SECONDS) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}
