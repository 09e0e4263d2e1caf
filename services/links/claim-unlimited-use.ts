/**
 * A click on an UNLIMITED link, without its link workflow: nothing to count against, so clicks need not serialise
 * through one workflow's updates. One statement (reserve-session.ts) checks that the link is open, reserves the
 * credit, inserts the session and counts the use; the click answers on its commit, and the session's workflow is
 * started right after, off the click's path. The link workflow stays authoritative for the link's end: it records
 * EXPIRED/DEACTIVATED on the link row, which the statement reads under the row's lock, and takes the final count from
 * that row (activities/links.ts).
 */
import type { Link } from '@prisma/client';
import type { ClaimUseInput } from '../../workflows/definitions';
import { linkSession } from '../sessions/create-link-session';
import { reserveSession, type ReserveSessionDeps } from '../sessions/reserve-session';
import type { SessionStarter } from '../sessions/session-starter';
import type { ClaimRefusal } from './claim-link-use';

export type UnlimitedClaimOutcome =
  /** `started` settles once the session's workflow is started; should it fail, the event sweeper starts it. */
  | { kind: 'claimed'; started: Promise<void> }
  | { kind: 'refused'; reason: ClaimRefusal };

export async function claimUnlimitedLinkUse(
  deps: ReserveSessionDeps & { sessionStarter: SessionStarter },
  link: Link,
  claim: ClaimUseInput,
): Promise<UnlimitedClaimOutcome> {
  const now = new Date();
  const reservation = await reserveSession(deps, linkSession(link, claim, deps.sessionSettings, now), { requireOpenLink: true, startLater: deps.sessionStarter });
  if (reservation.kind === 'created') return { kind: 'claimed', started: reservation.started ?? Promise.resolve() };
  if (reservation.kind === 'existing') return { kind: 'claimed', started: Promise.resolve() };
  // Refused: the link closed meanwhile (its row says how), or else the account had no credit.
  const current = await deps.db.link.findUniqueOrThrow({ where: { id: link.id } });
  if (current.status === 'DEACTIVATED') return { kind: 'refused', reason: 'LINK_DEACTIVATED' };
  if (current.status === 'EXPIRED' || (current.expiresAt && current.expiresAt.getTime() <= now.getTime())) return { kind: 'refused', reason: 'LINK_EXPIRED' };
  if (current.status === 'EXHAUSTED') return { kind: 'refused', reason: 'LINK_EXHAUSTED' };
  return { kind: 'refused', reason: 'ACCOUNT_UNAVAILABLE' };
}
