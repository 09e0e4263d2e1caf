/**
 * What integrators (API) and operators (dashboard) do to a verification session: create it and send it, send its link
 * again, cancel it, delete its data. One code path for both, with the rules the API documents; the dashboard shows an
 * action only where its `can…` rule holds. Each change is a signal to the session's workflow.
 */
import type { Session } from '@prisma/client';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../lib/errors';
import { idFromRequestKey } from '../lib/ids';
import { dispatcherFor } from './events/dispatch-events';
import { cancelSignal, deleteDataSignal, sendSignal, type MessageChannel } from '../workflows/definitions';
import type { ServiceDeps } from './deps';
import { createSession } from './sessions/create-session';
import type { TCreateSessionRequest } from './schemas/sessions';
import { sessionWorkflows } from './session-workflows';

/** How long cancellation waits for the workflow to record it. */
const CANCEL_WAIT_MS = 10_000;
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

export function sessionOperations({ db, temporal, config }: ServiceDeps) {
  const workflows = sessionWorkflows(temporal, config);
  const dispatch = dispatcherFor(db, temporal, config);
  const inAccount = (accountId: string, id: string) => db.session.findFirst({ where: { id, accountId } });

  return {
    /**
     * Creates the session whose id derives from `requestKey` and sends its link as `request.send` asks. The same key
     * again — a retried request, a form submitted twice, even at the same moment — gives that session, sent once.
     */
    async create(accountId: string, request: TCreateSessionRequest, requestKey: string): Promise<Session> {
      const sessionId = idFromRequestKey('session', requestKey);
      const existing = await inAccount(accountId, sessionId);
      if (existing) return existing;
      let session: Session;
      try {
        ({ session } = await createSession({ db, temporal, config, dispatch }, accountId, request, requestKey));
      } catch (error) {
        // A concurrent request with the same key created it first (its row was committed while this one waited).
        const winner = await inAccount(accountId, sessionId);
        if (winner) return winner;
        throw error;
      }
      for (const channel of (['email', 'sms'] as const).filter((name) => request.send?.[name])) await workflows.signal(session, sendSignal, { channel });
      return session;
    },

    async sendLink(session: Session, channel: MessageChannel): Promise<void> {
      if (!canSendLink(session)) {
        throw new AppError('INVALID_STATE', `The link can be sent while the session is active and not submitted; it is ${session.status}`);
      }
      const contact = channel === 'email' ? 'email' : 'phone';
      if (!session[contact]) {
        throw new AppError('VALIDATION_ERROR', `The session has no ${channel === 'email' ? 'email address' : 'phone number'} to send to`, [
          { field: 'channel', message: `needs the session's ${contact}` },
        ]);
      }
      await workflows.signal(session, sendSignal, { channel });
    },

    /** Cancels and waits (bounded) until the workflow has recorded it; the person may have submitted just before. */
    async cancel(session: Session): Promise<Session> {
      if (!canCancel(session)) throw new AppError('INVALID_STATE', `Only an active session can be cancelled; this one is ${session.status}`);
      await workflows.signal(session, cancelSignal);
      const deadline = Date.now() + CANCEL_WAIT_MS;
      for (;;) {
        const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
        if (after.status !== 'ACTIVE' || after.submittedAt !== null) {
          if (after.status !== 'CANCELLED') throw new AppError('INVALID_STATE', `The session could not be cancelled; it is ${after.status}`);
          return after;
        }
        if (Date.now() > deadline) throw new AppError('SERVICE_UNAVAILABLE', 'The cancellation is queued; the worker has not recorded it yet');
        await sleep(50);
      }
    },

    /** Asks the workflow to purge the images and personal data now; the decision and audit trail stay. */
    async deleteData(session: Session): Promise<void> {
      if (!canDeleteData(session)) throw new AppError('INVALID_STATE', `Data can be deleted once the session is final or expired; it is ${session.status}`);
      if (session.status !== 'DELETED') await workflows.signal(session, deleteDataSignal);
    },
  };
}
