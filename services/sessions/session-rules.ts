/**
 * What may be done to a session in its present state, with the rules the API documents; the operations enforce them
 * and the dashboard shows an action only where its `can…` rule holds.
 */
import type { Session } from '@prisma/client';

/** Statuses after which a session's data may be deleted on request ("final or expired"). */
const FINISHED: ReadonlySet<Session['status']> = new Set(['APPROVED', 'DENIED', 'SUSPECTED', 'EXPIRED', 'CANCELLED', 'DELETED']);

/** Past the time to start it, or (once started) past its session length. */
function isPast(session: Session): boolean {
  const end = session.startedAt ? session.startedAt.getTime() + session.sessionLength * 1000 : session.expiresAt.getTime();
  return end <= Date.now();
}

/** The person can still act on the link: it can be sent (again) and cancelled. */
export const isOpen = (session: Session) => session.status === 'ACTIVE' && session.submittedAt === null;
export const canSendLink = (session: Session) => isOpen(session) && !isPast(session);
export const canCancel = isOpen;
export const canDeleteData = (session: Session) => FINISHED.has(session.status);
