/**
 * Senders that deliver a verification link to a person: email through Resend, SMS through Twilio or a generic
 * webhook. A send never throws for a provider's or the network's failure: it reports an outcome, and the caller
 * decides whether and when to try again (with the same idempotency key, so a provider that did accept the first
 * attempt does not deliver twice).
 */

/** What one send attempt concluded. `retry`: a temporary failure (429, 5xx, network) — try again after `retryAfterSeconds` if the provider said; `rejected`: the provider refused the message for good (invalid address, validation error 4xx) — never retried. */
export type SendOutcome =
  | { kind: 'sent'; providerMessageId: string | null }
  | { kind: 'retry'; reason: string; retryAfterSeconds: number | null }
  | { kind: 'rejected'; reason: string };

export interface EmailMessage {
  /** 'Display Name <addr@domain>' */
  from: string;
  to: string;
  cc: string[];
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string;
}

export interface SmsMessage {
  /** E.164 */
  to: string;
  text: string;
  idempotencyKey: string;
}

export interface EmailSender {
  readonly provider: string;
  send(message: EmailMessage): Promise<SendOutcome>;
}

export interface SmsSender {
  readonly provider: string;
  send(message: SmsMessage): Promise<SendOutcome>;
}

/** How long one attempt may take, answer included, before it counts as a network failure. */
export const SEND_TIMEOUT_MS = 15_000;

/** A provider's answer other than success, by HTTP status: 429 and 5xx are temporary, any other is final; no status means no answer. */
export function failureOutcome(status: number | null | undefined, reason: string, retryAfterHeader: string | null | undefined): SendOutcome {
  const temporary = status == null || status === 429 || status >= 500;
  return temporary ? { kind: 'retry', reason, retryAfterSeconds: parseRetryAfter(retryAfterHeader) } : { kind: 'rejected', reason };
}

/** No answer at all (refused, reset, timed out): the provider may or may not have the message, so try again. */
export function networkFailureOutcome(error: unknown): SendOutcome {
  return { kind: 'retry', reason: `network error: ${describeNetworkError(error)}`, retryAfterSeconds: null };
}

/** `Retry-After` in whole seconds: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The body as JSON, or null when it is empty or not JSON (a proxy's HTML error page). */
export async function jsonBodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

// fetch reports "fetch failed" and hides the useful part (ECONNREFUSED, ENOTFOUND, …) in `cause`. Fields are read
// rather than `instanceof Error` checked: errors from another realm (Jest's sandbox, vm) are not instances of ours.
function describeNetworkError(error: unknown): string {
  const failure = error as { name?: unknown; message?: unknown; cause?: { message?: unknown } } | null | undefined;
  if (failure?.name === 'TimeoutError') return `timed out after ${SEND_TIMEOUT_MS / 1000} s`;
  const detail = failure?.cause?.message ?? failure?.message;
  return typeof detail === 'string' ? detail : String(error);
}

/** The account's name as an RFC 5322 display name: quoted, without characters that could break the header. */
export function senderDisplayName(name: string): string {
  return `"${name.replace(/["\\\r\n]/g, '').slice(0, 100)}"`;
}
