/** Sends (again) a session's link to the person, by email or SMS: a signal to the session's workflow, which sends. */
import type { Session } from '@prisma/client';
import { AppError } from '../../lib/errors';
import { sendSignal, type MessageChannel } from '../../workflows/definitions';
import type { ServiceDeps } from '../deps';
import { sessionWorkflows } from './session-workflows';
import { canSendLink } from './session-rules';

export async function sendSessionLink({ temporal, config }: ServiceDeps, session: Session, channel: MessageChannel): Promise<void> {
  if (!canSendLink(session)) {
    throw new AppError('INVALID_STATE', `The link can be sent while the session is active and not submitted; it is ${session.status}`);
  }
  const contact = channel === 'email' ? 'email' : 'phone';
  if (!session[contact]) {
    throw new AppError('VALIDATION_ERROR', `The session has no ${channel === 'email' ? 'email address' : 'phone number'} to send to`, [
      { field: 'channel', message: `needs the session's ${contact}` },
    ]);
  }
  await sessionWorkflows(temporal, config).signal(session, sendSignal, { channel });
}
