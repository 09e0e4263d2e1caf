/**
 * What the logger never writes: credentials in headers, in URL paths and query strings, and anything that looks
 * like one of our secrets wherever it appears in a line. Pure functions; lib/logger.ts applies them to every line.
 */

export const REDACTED = '[redacted]';

/** Header and field paths pino censors in any logged object (request/response objects, Temporal metadata). */
export const CREDENTIAL_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers["proxy-authorization"]',
  'headers.cookie',
  'headers["set-cookie"]',
  'authorization',
  'cookie',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'authToken',
  '*.authToken',
  'apiKey',
  '*.apiKey',
];

/**
 * Routes whose path carries a bearer token: the hosted flow `/v/{token}/…` and a handoff's short link `/h/{code}`.
 * The landing page `/l/{slug}` is not one: a slug is printed on posters and QR codes, and a click there needs no
 * secret.
 */
const TOKEN_IN_PATH = /(\/[vh]\/)[^/?#\s"'\\]+/g;

/** Query parameters that carry a credential (`/api/v2/redirect?authToken=…`, `?token=`, `?api_key=`, …). */
const CREDENTIAL_QUERY = /([?&](?:[^=&#\s"'\\]*(?:token|secret|password|signature|auth)[^=&#\s"'\\]*|api[_-]?key|key|code|sig)=)[^&#\s"'\\]+/gi;

/** Our own secret formats (`sk_…` API secrets, `whsec_…` webhook secrets) and HTTP credentials, wherever they appear. */
const SECRET_VALUES: readonly [RegExp, string][] = [
  [/\bsk_[A-Za-z0-9_-]{16,}/g, `sk_${REDACTED}`],
  [/\bwhsec_[A-Za-z0-9+/=_-]{16,}/g, `whsec_${REDACTED}`],
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,}/gi, `$1 ${REDACTED}`],
];

/** A URL (or a path with its query) with its credential-bearing segments and parameters censored. */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_IN_PATH, '$1[token]').replace(CREDENTIAL_QUERY, `$1${REDACTED}`);
}

/** Any text (a whole log line, an error message) with every credential this module knows how to spot censored. */
export function redactText(text: string): string {
  let redacted = redactUrl(text);
  for (const [pattern, replacement] of SECRET_VALUES) redacted = redacted.replace(pattern, replacement);
  return redacted;
}
