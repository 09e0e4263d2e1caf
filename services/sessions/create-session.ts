/**
 * Creates a verification session by API (v1 `POST /api/v1/sessions` and iDenfy's `POST /api/v2/token`): the
 * request becomes the session's columns, which the session writer (reserve-session.ts) records with its credit and
 * `session.created`, then starts. No credit → `402`, nothing created. The session's id derives from the request key,
 * so a request retried after a failure past the commit gives the session the first one created.
 */
import type { Client } from '@temporalio/client';
import type { Session } from '@prisma/client';
import { requireKeyring, type Config } from '../../lib/config';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { idFromRequestKey } from '../../lib/ids';
import { sha256Hex } from '../../lib/secrets';
import { sessionTokenFor } from '../../lib/session-tokens';
import { SESSION_DEFAULTS } from '../../lib/sessions';
import type { Dispatcher } from '../events/dispatch-events';
import { requireAllowedWebhookUrl } from '../allowed-webhook-url';
import type { TCreateSessionRequest } from '../schemas/sessions';
import { reserveSession } from './reserve-session';

export interface CreatedSession {
  session: Session;
  /** The bearer token of the hosted page; returned once, stored only as its hash. */
  token: string;
  /** False when an earlier request with the same key had created it (a retry, or a concurrent twin). */
  created: boolean;
}

export async function createSession(
  { db, temporal, config, dispatch }: { db: Database; temporal: Client; config: Config; dispatch: Dispatcher },
  accountId: string,
  request: TCreateSessionRequest,
  requestKey: string,
): Promise<CreatedSession> {
  if (request.callbackUrl) await requireAllowedWebhookUrl(config, request.callbackUrl, 'callbackUrl');
  const sessionId = idFromRequestKey('session', requestKey);
  const token = sessionTokenFor(requireKeyring(config), sessionId);
  const now = new Date();
  const reservation = await reserveSession(
    { db, temporal, taskQueue: config.temporal.taskQueue, sessionSettings: config.sessions, dispatch },
    {
      id: sessionId,
      accountId,
      linkId: null,
      clientId: request.clientId,
      tokenHash: sha256Hex(token),
      flow: request.flow,
      documents: request.documents ?? [...SESSION_DEFAULTS.documents],
      language: request.language ?? null,
      country: request.country ?? null,
      firstName: request.firstName ?? null,
      lastName: request.lastName ?? null,
      dateOfBirth: request.dateOfBirth ?? null,
      documentNumber: request.documentNumber ?? null,
      personalNumber: request.personalNumber ?? null,
      nationality: request.nationality ?? null,
      sex: request.sex ?? null,
      dateOfIssue: request.dateOfIssue ?? null,
      dateOfExpiry: request.dateOfExpiry ?? null,
      email: request.email ?? null,
      emailCc: request.cc ?? [],
      phone: request.phone ?? null,
      externalRef: request.externalRef ?? null,
      successUrl: request.successUrl ?? null,
      errorUrl: request.errorUrl ?? null,
      unverifiedUrl: request.unverifiedUrl ?? null,
      callbackUrl: request.callbackUrl ?? null,
      expiryTime: request.expiryTime,
      sessionLength: request.sessionLength,
      maxAttempts: config.sessions.maxAttempts,
      allowedCountries: request.allowedCountries ?? [],
      allowedDocumentTypes: request.allowedDocumentTypes ?? [],
      minimumAge: request.minimumAge ?? null,
      autoApprove: request.autoApprove ?? null,
      fraudTags: [],
      mismatchTags: [],
      expiresAt: new Date(now.getTime() + request.expiryTime * 1000),
      ...reminderOf(request, now, config),
      createdAt: now,
    },
  );
  if (reservation.kind === 'no-credit') throw insufficientCredits();
  if (reservation.kind === 'existing') return { session: reservation.session, token, created: false };
  return { session: await db.session.findUniqueOrThrow({ where: { id: sessionId } }), token, created: true };
}

/** A reminder `REMINDER_BEFORE_SECONDS` before the link expires, by the channels the link was sent by; none if that is already past. */
function reminderOf(request: TCreateSessionRequest, now: Date, config: Config): { reminderAt: Date | null; reminderChannels: string[] } {
  const at = now.getTime() + (request.expiryTime - config.notifications.reminderBeforeSeconds) * 1000;
  if (!request.send?.reminder || at <= now.getTime()) return { reminderAt: null, reminderChannels: [] };
  return { reminderAt: new Date(at), reminderChannels: [...(request.send.email ? ['email'] : []), ...(request.send.sms ? ['sms'] : [])] };
}

function insufficientCredits(): AppError {
  return new AppError('INSUFFICIENT_CREDITS', 'The account has no credit available: top up to create sessions');
}
