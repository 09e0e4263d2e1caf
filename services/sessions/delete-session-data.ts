/** Asks a session's workflow to purge the images and personal data now; the decision and audit trail stay. */
import type { Session } from '@prisma/client';
import { AppError } from '../../lib/errors';
import { deleteDataSignal } from '../../workflows/definitions';
import type { ServiceDeps } from '../deps';
import { sessionWorkflows } from './session-workflows';
import { canDeleteData } from './session-rules';

export async function deleteSessionData({ temporal, config }: ServiceDeps, session: Session): Promise<void> {
  if (!canDeleteData(session)) throw new AppError('INVALID_STATE', `Data can be deleted once the session is final or expired; it is ${session.status}`);
  if (session.status !== 'DELETED') await sessionWorkflows(temporal, config).signal(session, deleteDataSignal);
}
