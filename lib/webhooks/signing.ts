/**
 * Webhook signatures: Standard Webhooks v1 (HMAC-SHA256 over "id.timestamp.body") and the iDenfy-compatible
 * `Idenfy-Signature` (hex HMAC-SHA256 over the body alone). Both use the endpoint's `whsec_` secret.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 24; // what Svix issues
const DEFAULT_TOLERANCE_SECONDS = 300;

export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

export function secretKeyBytes(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error(`webhook secret must start with "${SECRET_PREFIX}"`);
  const encoded = secret.slice(SECRET_PREFIX.length);
  const key = Buffer.from(encoded, 'base64');
  // Buffer.from silently skips invalid characters; a canonical round trip proves the whole string was base64.
  if (key.length === 0 || key.toString('base64') !== encoded) {
    throw new Error(`webhook secret must be "${SECRET_PREFIX}" followed by non-empty standard base64`);
  }
  return key;
}

export function signStandard(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secretKeyBytes(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** Headers for one delivery. `secrets` = the current secret first, then an older one still valid during rotation: one space-separated signature per secret. */
export function standardWebhookHeaders(input: { id: string; timestamp: number; body: string; secrets: string[] }): {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
} {
  if (input.secrets.length === 0) throw new Error('at least one webhook secret is required to sign a delivery');
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(input.timestamp),
    'webhook-signature': input.secrets.map((secret) => signStandard(secret, input.id, input.timestamp, input.body)).join(' '),
  };
}

/** Receiver-side check with the Standard Webhooks rules: what an integrator's verifier does with our deliveries. */
export function verifyStandard(input: {
  secret: string;
  headers: Record<string, string | undefined>;
  body: string;
  now?: number;
  toleranceSeconds?: number;
}): boolean {
  const headers = new Map(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const id = headers.get('webhook-id');
  const timestampText = headers.get('webhook-timestamp');
  const signatureHeader = headers.get('webhook-signature');
  if (!id || !timestampText || !signatureHeader) return false;
  if (!/^\d+$/.test(timestampText)) return false;

  const timestamp = Number(timestampText);
  const now = input.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;

  const expected = Buffer.from(signStandard(input.secret, id, timestamp, input.body));
  // Unknown versions (e.g. a future "v2,…" or an ed25519 "v1a,…") are skipped, not treated as failures.
  return signatureHeader
    .split(' ')
    .filter((candidate) => candidate.startsWith('v1,'))
    .some((candidate) => constantTimeEqual(Buffer.from(candidate), expected));
}

/**
 * iDenfy integrators configure one "signing key", which we show them as the endpoint's `whsec_…` secret. iDenfy's
 * own verification examples key the HMAC with the key *text* (`hmac.new(key.encode(), body, sha256)`), so the key
 * is the secret string's UTF-8 bytes: an integrator pastes it into unchanged iDenfy code.
 */
export function idenfySignature(secret: string, body: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest('hex');
}

function constantTimeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
