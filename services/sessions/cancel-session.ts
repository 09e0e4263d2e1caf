/** Cancels a session and waits (bounded) until its workflow has recorded it; the person may have submitted just before. */
import type { Session } from '@prisma/client';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../lib/errors';
import { cancelSignal } from '../../workflows/definitions';
import type { ServiceDeps } from '../deps';
import { sessionWorkflows } from './session-workflows';
import { canCancel } from './session-rules';

/** How long cancellation waits for the workflow to record it. */
const CANCEL_WAIT_MS = 10_000;

export async function cancelSession({ db, temporal, config }: ServiceDeps, session: Session): Promise<Session> {
  if (!canCancel(session)) throw new AppError('INVALID_STATE', `Only an active session can be cancelled; this one is ${session.status}`);
  await sessionWorkflows(temporal, config).signal(session, cancelSignal);
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
}
