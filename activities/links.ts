/** Reusable links: the PostgreSQL projection of magicLinkWorkflow, and the click's single transaction. */
import { ApplicationFailure } from '@temporalio/activity';
import type { Prisma } from '@prisma/client';
import type { Database } from '../lib/db';
import { newId } from '../lib/ids';
import type { SessionSettings } from '../lib/config';
import { SESSION_DEFAULTS } from '../lib/sessions';
import { FAILURE_TYPES, type Flow, type LinkSettings, type LinkStatus } from '../workflows/definitions';
import { appendEvent, eventIdFor } from '../lib/events';
import type { Dispatcher } from '../services/dispatch-events';
import type { SessionStarter } from './session-starter';

const TERMINAL_EVENT: Record<Exclude<LinkStatus, 'ACTIVE'>, string> = {
  EXHAUSTED: 'link.exhausted',
  EXPIRED: 'link.expired',
  DEACTIVATED: 'link.deactivated',
};

export function createLinkActivities({
  db,
  startSession,
  sessionSettings,
  dispatch,
}: {
  db: Database;
  startSession: SessionStarter;
  sessionSettings: SessionSettings;
  dispatch: Dispatcher;
}) {
  return {
    async recordLinkCreated({ settings, occurredAt }: { settings: LinkSettings; occurredAt: string }): Promise<void> {
      const at = new Date(occurredAt);
      await db.$transaction(async (tx) => {
        await tx.link.createMany({
          data: [{ id: settings.linkId, ...linkColumns(settings), createdAt: at }],
          skipDuplicates: true,
        });
        await appendEvent(tx, {
          accountId: settings.accountId,
          entityType: 'LINK',
          entityId: settings.linkId,
          type: 'link.created',
          data: linkEventData(settings),
          occurredAt: at,
        });
      });
      await dispatch.entity(settings.linkId);
    },

    async recordLinkStatus(input: { linkId: string; status: LinkStatus; usesConsumed: number; occurredAt: string }): Promise<void> {
      if (input.status === 'ACTIVE') return;
      const at = new Date(input.occurredAt);
      await db.$transaction(async (tx) => {
        const link = await tx.link.update({
          where: { id: input.linkId },
          data: { status: input.status, ...(input.status === 'DEACTIVATED' ? { deactivatedAt: at } : {}) },
        });
        await appendEvent(tx, {
          accountId: link.accountId,
          entityType: 'LINK',
          entityId: link.id,
          type: TERMINAL_EVENT[input.status as Exclude<LinkStatus, 'ACTIVE'>],
          data: { linkId: link.id, status: input.status, usesConsumed: input.usesConsumed },
          occurredAt: at,
        });
      });
      await dispatch.entity(input.linkId);
    },

    /**
     * One click as one SQL statement: reserve a credit (never below zero), create the session, write the RESERVE
     * entry, count the use and log `session.created` — all or nothing. A single statement because every click of an
     * account meets on the account's row: a multi-statement transaction held that lock ~10× longer and capped a
     * link at ~40 clicks/s. Keyed by the session id, so a retry changes nothing; then the session's workflow is
     * started (idempotent by its id).
     */
    async claimLinkUse(input: { linkId: string; accountId: string; sessionId: string; tokenHash: string }): Promise<{ sessionId: string }> {
      const now = new Date();
      const expiresAt = new Date(now.getTime() + SESSION_DEFAULTS.expiryTime * 1000);
      const [outcome] = await db.$queryRaw<{ created: number; exists: number; flow: Flow }[]>`
        WITH reserve AS (
          UPDATE "Account" SET "creditReserved" = "creditReserved" + 1, "updatedAt" = ${now}
          WHERE id = ${input.accountId} AND "creditBalance" - "creditReserved" >= 1
            AND NOT EXISTS (SELECT 1 FROM "Session" WHERE id = ${input.sessionId})
          RETURNING id
        ), session AS (
          INSERT INTO "Session" (id, "accountId", "linkId", "clientId", "tokenHash", flow, documents, language, "successUrl",
            "errorUrl", "callbackUrl", "expiryTime", "sessionLength", "maxAttempts", "fraudTags", "mismatchTags",
            "allowedCountries", "allowedDocumentTypes", "minimumAge", "autoApprove", "expiresAt", "createdAt", "updatedAt")
          -- A reusable link's visitors are anonymous: the session id stands in for the integrator's client id.
          SELECT ${input.sessionId}, ${input.accountId}, l.id, ${input.sessionId}, ${input.tokenHash}, l.flow,
            ${[...SESSION_DEFAULTS.documents]}::text[], l.language, l."successUrl", l."errorUrl", l."callbackUrl",
            ${SESSION_DEFAULTS.expiryTime}, ${SESSION_DEFAULTS.sessionLength}, ${sessionSettings.maxAttempts}, '{}', '{}',
            l."allowedCountries", l."allowedDocumentTypes", l."minimumAge", l."autoApprove", ${expiresAt}, ${now}, ${now}
          FROM reserve, "Link" l WHERE l.id = ${input.linkId}
          RETURNING id, flow
        ), ledger AS (
          INSERT INTO "CreditLedgerEntry" (id, "accountId", type, amount, "sessionId", "createdAt")
          SELECT ${newId('ledgerEntry')}, ${input.accountId}, 'RESERVE'::"LedgerEntryType", 1, id, ${now} FROM session
        ), counted AS (
          UPDATE "Link" SET "usesConsumed" = "usesConsumed" + 1, "updatedAt" = ${now}
          WHERE id = ${input.linkId} AND EXISTS (SELECT 1 FROM session)
        ), logged AS (
          INSERT INTO "Event" (id, "accountId", type, "entityType", "entityId", sequence, payload, "createdAt")
          SELECT ${eventIdFor(input.sessionId, 'session.created', now)}, ${input.accountId}, 'session.created', 'SESSION'::"EntityType", id, 1,
            jsonb_build_object('sessionId', id, 'linkId', ${input.linkId}::text, 'clientId', id, 'flow', flow, 'expiresAt', ${expiresAt.toISOString()}::text),
            ${now}
          FROM session
        )
        SELECT (SELECT count(*) FROM session)::int AS created,
               (SELECT count(*) FROM "Session" WHERE id = ${input.sessionId})::int AS exists,
               (SELECT flow::text FROM "Link" WHERE id = ${input.linkId}) AS flow`;
      // Nothing created and no earlier attempt's session: the only guard left is the account's credits.
      if (!outcome || (outcome.created === 0 && outcome.exists === 0)) {
        throw ApplicationFailure.nonRetryable('The account has no credits available', FAILURE_TYPES.accountUnavailable);
      }
      // A retry finds the session an earlier attempt created, with that attempt's expiry.
      const sessionExpiresAt =
        outcome.created === 1 ? expiresAt : (await db.session.findUniqueOrThrow({ where: { id: input.sessionId } })).expiresAt;
      await startSession({
        sessionId: input.sessionId,
        accountId: input.accountId,
        linkId: input.linkId,
        clientId: input.sessionId,
        flow: outcome.flow,
        expiresAt: sessionExpiresAt.toISOString(),
        sessionLength: SESSION_DEFAULTS.sessionLength,
        maxAttempts: sessionSettings.maxAttempts,
        retentionSeconds: sessionSettings.retentionSeconds,
        reviewEscalationSeconds: sessionSettings.reviewEscalationSeconds,
        verificationEngine: sessionSettings.verificationEngine,
        // Anonymous visitors of a reusable link leave no address to send to.
        reminderAt: null,
        reminderChannels: [],
      });
      return { sessionId: input.sessionId };
    },
  };
}

function linkColumns(settings: LinkSettings) {
  return {
    accountId: settings.accountId,
    slug: settings.slug,
    name: settings.name,
    flow: settings.flow,
    usageType: settings.usageType,
    maxUses: settings.maxUses,
    expiresAt: settings.expiresAt ? new Date(settings.expiresAt) : null,
    language: settings.language,
    successUrl: settings.successUrl,
    errorUrl: settings.errorUrl,
    callbackUrl: settings.callbackUrl,
    allowedCountries: settings.allowedCountries ?? [],
    allowedDocumentTypes: settings.allowedDocumentTypes ?? [],
    minimumAge: settings.minimumAge ?? null,
    autoApprove: settings.autoApprove ?? null,
  };
}

function linkEventData(settings: LinkSettings): Prisma.InputJsonObject {
  return {
    linkId: settings.linkId,
    name: settings.name,
    flow: settings.flow,
    usage: { type: settings.usageType, maxUses: settings.maxUses },
    expiresAt: settings.expiresAt,
    language: settings.language,
  };
}
