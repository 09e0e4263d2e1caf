/**
 * Creates a verification session by API (v1 `POST /api/v1/sessions` and iDenfy's `POST /api/v2/token`).
 *
 * One transaction: the session row (personal data stays in PostgreSQL), its RESERVE entry and `session.created`;
 * then, still inside, the session's workflow is started with a start delay; the credit is reserved last, so the
 * account's row is locked only for the commit. Whatever fails rolls everything back: a workflow started for a
 * rolled-back session finds no row when it wakes and ends without effect. No credit → `402`, nothing created.
 */
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Session } from '@prisma/client';
import { appendEvent } from '../lib/events';
import { requireEncryptionKey, type Config } from '../lib/config';
import type { Database } from '../lib/db';
import { AppError } from '../lib/errors';
import { idFromRequestKey, newId } from '../lib/ids';
import { sha256Hex } from '../lib/secrets';
import { sessionTokenFor } from '../lib/session-tokens';
import { SESSION_DEFAULTS } from '../lib/sessions';
import type { Dispatcher } from './dispatch-events';
import { sessionWorkflowStartOptions, startDelayOf } from './session-workflow-start';
import { WORKFLOW_TYPES } from '../workflows/definitions';
import { requireAllowedWebhookUrl } from './allowed-webhook-url';
import type { TCreateSessionRequest } from './schemas/sessions';
import { sessionWorkflowInput } from './session-workflows';

export interface CreatedSession {
  session: Session;
  /** The bearer token of the hosted page; returned once, stored only as its hash. */
  token: string;
}

export async function createSession(
  { db, temporal, config, dispatch }: { db: Database; temporal: Client; config: Config; dispatch: Dispatcher },
  accountId: string,
  request: TCreateSessionRequest,
  requestKey: string,
): Promise<CreatedSession> {
  if (request.callbackUrl) await requireAllowedWebhookUrl(config, request.callbackUrl, 'callbackUrl');
  const sessionId = idFromRequestKey('session', requestKey);
  const account = await db.account.findUniqueOrThrow({ where: { id: accountId } });
  if (account.creditBalance - account.creditReserved < 1) throw insufficientCredits();

  const token = sessionTokenFor(requireEncryptionKey(config), sessionId);
  const now = new Date();
  const session = await db.$transaction(async (tx) => {
    const created = await tx.session.create({
      data: {
        id: sessionId,
        accountId,
        clientId: request.clientId,
        tokenHash: sha256Hex(token),
        flow: request.flow,
        documents: request.documents ?? [...SESSION_DEFAULTS.documents],
        language: request.language,
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
    });
    await tx.creditLedgerEntry.create({
      data: { id: newId('ledgerEntry', now), accountId, type: 'RESERVE', amount: 1, sessionId, createdAt: now },
    });
    await appendEvent(tx, {
      accountId,
      entityType: 'SESSION',
      entityId: sessionId,
      type: 'session.created',
      data: { sessionId, linkId: null, clientId: created.clientId, externalRef: created.externalRef, flow: created.flow, expiresAt: created.expiresAt.toISOString() },
      occurredAt: now,
    });
    await startWorkflow(temporal, config, created);
    const reserved = await tx.account.updateMany({
      where: { id: accountId, creditBalance: { gt: 0 } },
      data: { creditReserved: { increment: 1 } },
    });
    const after = await tx.account.findUniqueOrThrow({ where: { id: accountId } });
    // Checked after the increment so concurrent creations cannot both take the last credit.
    if (reserved.count === 0 || after.creditReserved > after.creditBalance) throw insufficientCredits();
    return created;
  }, TRANSACTION_LIMITS);
  // Delivered now; should this fail, the worker's sweeper delivers it.
  await dispatch.entity(session.id).catch(() => undefined);
  return { session, token };
}

// Bursts of creations queue for pooled connections; the Temporal start runs inside the transaction.
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 15_000 };

async function startWorkflow(temporal: Client, config: Config, session: Session): Promise<void> {
  const input = sessionWorkflowInput(session, config);
  try {
    await temporal.workflow.start(WORKFLOW_TYPES.verificationSession, {
      ...sessionWorkflowStartOptions(input, config.temporal.taskQueue),
      workflowIdConflictPolicy: 'USE_EXISTING',
      startDelay: startDelayOf(input),
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
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
