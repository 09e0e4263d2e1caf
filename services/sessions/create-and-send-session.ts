/**
 * Creates a session for an integrator (API) or an operator (dashboard) and sends its link as `request.send` asks.
 * The session's id derives from `requestKey`: the same key again — a retried request, a form submitted twice, even at
 * the same moment — gives that session, sent once.
 */
import type { Session } from '@prisma/client';
import { idFromRequestKey } from '../../lib/ids';
import { sendSignal } from '../../workflows/definitions';
import type { ServiceDeps } from '../deps';
import type { TCreateSessionRequest } from '../schemas/sessions';
import { sessionWorkflows } from './session-workflows';
import { createSession } from './create-session';

export async function createAndSendSession(deps: ServiceDeps, accountId: string, request: TCreateSessionRequest, requestKey: string): Promise<Session> {
  const { db, temporal, config } = deps;
  const sessionId = idFromRequestKey('session', requestKey);
  const inAccount = () => db.session.findFirst({ where: { id: sessionId, accountId } });
  const existing = await inAccount();
  if (existing) return existing;
  let session: Session;
  try {
    const creation = await createSession(deps, accountId, request, requestKey);
    // Found, not created: the request that created it sends it.
    if (!creation.created) return creation.session;
    session = creation.session;
  } catch (error) {
    // A concurrent request with the same key created it first (its row was committed while this one waited).
    const winner = await inAccount();
    if (winner) return winner;
    throw error;
  }
  const workflows = sessionWorkflows(temporal, config);
  for (const channel of (['email', 'sms'] as const).filter((name) => request.send?.[name])) await workflows.signal(session, sendSignal, { channel });
  return session;
}
