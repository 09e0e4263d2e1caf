/**
 * Prefixed, opaque ids (`acc_…`, `lnk_…`). The first 9 characters after the prefix are the creation time in
 * base-36 milliseconds, so ids sort by creation and serve as pagination cursors; 80 random bits follow.
 */
import { randomBytes, randomInt } from 'node:crypto';

export const ID_PREFIXES = {
  account: 'acc',
  apiKey: 'key',
  dashboardUser: 'usr',
  dashboardSession: 'dss',
  link: 'lnk',
  linkView: 'lvw',
  session: 'ses',
  document: 'doc',
  documentReading: 'rdg',
  review: 'rev',
  message: 'msg',
  messageTemplate: 'tpl',
  event: 'evt',
  webhookEndpoint: 'whe',
  delivery: 'del',
  deliveryAttempt: 'att',
  ledgerEntry: 'led',
  idempotencyKey: 'idk',
  auditEntry: 'aud',
  handoff: 'hof',
  recoveryCode: 'rcc',
  signInChallenge: 'sic',
  dashboardInvitation: 'inv',
  dashboardPasswordReset: 'pwr',
  logo: 'lgo',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind, now: Date = new Date()): string {
  const time = now.getTime().toString(36).padStart(9, '0');
  return `${ID_PREFIXES[kind]}_${time}${randomBytes(10).toString('hex')}`;
}

const ID_BODY = /^[0-9a-z]{29}$/;

/** The id of what a request creates, derived from its request key (see api/middleware/idempotency.ts). */
export function idFromRequestKey(kind: IdKind, requestKey: string): string {
  if (!ID_BODY.test(requestKey)) throw new Error('A request key is the 29-character body of an id');
  return `${ID_PREFIXES[kind]}_${requestKey}`;
}

const SLUG_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const SLUG_PATTERN = /^[1-9A-HJ-NP-Za-km-z]{10}$/;

/** Public link slugs: 10 base-58 characters (~58 bits), unambiguous to read aloud or type from a poster. */
export function newSlug(): string {
  return Array.from({ length: 10 }, () => SLUG_ALPHABET[randomInt(SLUG_ALPHABET.length)]).join('');
}

