/**
 * Creates the session of a link's click: the link's settings with the defaults of an anonymous visitor, recorded by
 * the session writer (reserve-session.ts), which also counts the link's use. Keyed by the session id chosen for the
 * click, so a retry creates nothing twice. Limited links come here from magicLinkWorkflow's `claimLinkUse` activity;
 * UNLIMITED links from the API itself (services/links/claim-unlimited-use.ts).
 */
import type { Link } from '@prisma/client';
import type { SessionSettings } from '../../lib/config';
import { SESSION_DEFAULTS } from '../../lib/sessions';
import { reserveSession, reserveSessions, type NewSession, type ReserveSessionDeps } from './reserve-session';
import type { SessionStarter } from './session-starter';

export interface LinkSessionRequest {
  linkId: string;
  accountId: string;
  sessionId: string;
  tokenHash: string;
}

/** Whether the session now exists (created now or by an earlier attempt), or the account has no credit for it. */
export async function createLinkSession(deps: ReserveSessionDeps, request: LinkSessionRequest): Promise<'created' | 'no-credit'> {
  const link = await deps.db.link.findUnique({ where: { id: request.linkId } });
  if (!link) return 'no-credit';
  const reservation = await reserveSession(deps, linkSession(link, request, deps.sessionSettings, new Date()));
  return reservation.kind === 'no-credit' ? 'no-credit' : 'created';
}

/**
 * The sessions of a batch of clicks on one limited link (one `claimUses` update): one read of the link, then one
 * statement for the batch. Whether each session now exists, in order. Their workflows start off the
 * caller's path, in the process's session starter (`started` settles once all did); a start lost in a crash is made by
 * the event sweeper.
 */
export async function createLinkSessions(
  deps: ReserveSessionDeps & { sessionStarter: SessionStarter },
  linkId: string,
  claims: Pick<LinkSessionRequest, 'sessionId' | 'tokenHash'>[],
): Promise<{ created: boolean[]; started: Promise<void> }> {
  const link = await deps.db.link.findUnique({ where: { id: linkId } });
  if (!link) return { created: claims.map(() => false), started: Promise.resolve() };
  const now = new Date();
  const reservations = await reserveSessions(
    deps,
    claims.map((claim) => linkSession(link, claim, deps.sessionSettings, now)),
    { startLater: deps.sessionStarter },
  );
  const starts = reservations.flatMap((reservation) => (reservation.kind === 'created' && reservation.started ? [reservation.started] : []));
  const started = Promise.all(starts).then(() => undefined);
  return { created: reservations.map((reservation) => reservation.kind !== 'no-credit'), started };
}

/** The session a click on `link` creates. */
export function linkSession(link: Link, request: Pick<LinkSessionRequest, 'sessionId' | 'tokenHash'>, settings: SessionSettings, now: Date): NewSession {
  return {
    id: request.sessionId,
    accountId: link.accountId,
    linkId: link.id,
    // A reusable link's visitors are anonymous: the session id stands in for the integrator's client id.
    clientId: request.sessionId,
    tokenHash: request.tokenHash,
    flow: link.flow,
    documents: [...SESSION_DEFAULTS.documents],
    language: link.language,
    successUrl: link.successUrl,
    errorUrl: link.errorUrl,
    callbackUrl: link.callbackUrl,
    expiryTime: SESSION_DEFAULTS.expiryTime,
    sessionLength: SESSION_DEFAULTS.sessionLength,
    maxAttempts: settings.maxAttempts,
    fraudTags: [],
    mismatchTags: [],
    allowedCountries: link.allowedCountries,
    allowedDocumentTypes: link.allowedDocumentTypes,
    minimumAge: link.minimumAge,
    autoApprove: link.autoApprove,
    expiresAt: new Date(now.getTime() + SESSION_DEFAULTS.expiryTime * 1000),
    createdAt: now,
  };
}
