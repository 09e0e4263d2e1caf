/** Reusable links: the PostgreSQL projection of magicLinkWorkflow, and the session of each click. */
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Prisma } from '@prisma/client';
import { FAILURE_TYPES, type ClaimUseInput, type LinkSettings, type LinkStatus } from '../workflows/definitions';
import { emitEvents } from '../services/events/emit-event';
import { createLinkSession, createLinkSessions, type LinkSessionRequest } from '../services/sessions/create-link-session';
import type { ReserveSessionDeps } from '../services/sessions/reserve-session';
import { createSessionStarter } from '../services/sessions/session-starter';

const TERMINAL_EVENT: Record<Exclude<LinkStatus, 'ACTIVE'>, string> = {
  EXHAUSTED: 'link.exhausted',
  EXPIRED: 'link.expired',
  DEACTIVATED: 'link.deactivated',
};

export function createLinkActivities(deps: ReserveSessionDeps) {
  // Starts the batched clicks' sessions (services/sessions/session-starter.ts).
  const sessionStarter = createSessionStarter(deps, deps.sessionSettings.startsInFlight);
  return {
    async recordLinkCreated({ settings, occurredAt }: { settings: LinkSettings; occurredAt: string }): Promise<void> {
      const at = new Date(occurredAt);
      await emitEvents(deps, async (tx, emit) => {
        await tx.link.createMany({
          data: [{ id: settings.linkId, ...linkColumns(settings), createdAt: at }],
          skipDuplicates: true,
        });
        await emit({
          accountId: settings.accountId,
          entityType: 'LINK',
          entityId: settings.linkId,
          type: 'link.created',
          data: linkEventData(settings),
          occurredAt: at,
        });
      });
    },

    /**
     * Records the link's end and returns its final count, read from the row: an UNLIMITED link's clicks are counted
     * there by the API, not by its workflow, and once this commits the row's status turns every later click away.
     */
    async recordLinkStatus(input: { linkId: string; status: LinkStatus; usesConsumed: number; occurredAt: string }): Promise<number> {
      if (input.status === 'ACTIVE') return input.usesConsumed;
      const at = new Date(input.occurredAt);
      return emitEvents(deps, async (tx, emit) => {
        const link = await tx.link.update({
          where: { id: input.linkId },
          data: { status: input.status, ...(input.status === 'DEACTIVATED' ? { deactivatedAt: at } : {}) },
        });
        await emit({
          accountId: link.accountId,
          entityType: 'LINK',
          entityId: link.id,
          type: TERMINAL_EVENT[input.status as Exclude<LinkStatus, 'ACTIVE'>],
          data: { linkId: link.id, status: input.status, usesConsumed: link.usesConsumed },
          occurredAt: at,
        });
        return link.usesConsumed;
      });
    },

    /**
     * The sessions of a batch of granted clicks, whether each exists (false: the account had no credit for it); a
     * retry creates nothing twice. Answers once the rows are committed: their workflows start after, off the clicks'
     * path, and a start lost with this process is made by the event sweeper.
     */
    async claimLinkUses(input: { linkId: string; claims: ClaimUseInput[] }): Promise<{ created: boolean[] }> {
      const log = Context.current().log;
      const { created, started } = await createLinkSessions({ ...deps, sessionStarter }, input.linkId, input.claims);
      started.catch((error: unknown) => {
        log.warn('session workflow start failed; the event sweeper will start it', { linkId: input.linkId, error: String(error) });
      });
      return { created };
    },

    /** An UNLIMITED link's count, from its row (its clicks are counted there by the API). */
    async readLinkUses({ linkId }: { linkId: string }): Promise<number> {
      const link = await deps.db.link.findUniqueOrThrow({ where: { id: linkId } });
      return link.usesConsumed;
    },

    /** The click's session (see services/sessions/create-link-session.ts); a retry creates nothing twice. */
    async claimLinkUse(input: LinkSessionRequest): Promise<{ sessionId: string }> {
      if ((await createLinkSession(deps, input)) === 'no-credit') {
        throw ApplicationFailure.nonRetryable('The account has no credits available', FAILURE_TYPES.accountUnavailable);
      }
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
    brandName: settings.branding?.businessName ?? null,
    brandAccentColor: settings.branding?.accentColor ?? null,
    brandSupportContact: settings.branding?.supportContact ?? null,
    brandPrivacyPolicyUrl: settings.branding?.privacyPolicyUrl ?? null,
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
