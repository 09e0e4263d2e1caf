/**
 * Starts the workflows of sessions a process has just committed and answered for (an UNLIMITED link's clicks, a
 * limited link's batch of claims), then dispatches their `session.created` — off the callers' path, at most
 * `inFlight` starts at once, in order. During a burst the clicks are answered at the pace PostgreSQL and the API
 * allow while the Temporal server takes the starts at a bounded pace, and the queue drains once the burst is over
 * (docs/performance.md measures both). Started sessions wait for the next dispatch round, one round at a time, so a
 * burst's events are dispatched in batches that share their reads.
 *
 * Nothing here is durable, nor needs to be: a session still queued when its process dies keeps its `session.created`
 * undispatched, and the worker's event sweeper starts its workflow and dispatches it.
 */
import pLimit from 'p-limit';
import { KeyedBatcher } from '../../lib/keyed-batcher';
import type { Dispatcher } from '../events/dispatch-events';
import { dispatchCommitted } from '../events/emit-event';
import { startSessionWorkflow, type SessionStartDeps, type SessionStartFields } from './start-session-workflow';

/** The most sessions one dispatch round takes (a PostgreSQL `IN` list per read). */
const SESSIONS_PER_DISPATCH = 200;

export interface SessionStarter {
  /** Settles once the session's workflow is started (rejects if the start failed) and its events were dispatched. */
  start(session: SessionStartFields): Promise<void>;
}

export function createSessionStarter(deps: SessionStartDeps & { dispatch: Dispatcher }, inFlight: number): SessionStarter {
  const starts = pLimit(inFlight);
  const dispatches = new KeyedBatcher<string, void>(1, SESSIONS_PER_DISPATCH, async (_key, sessionIds) => {
    await dispatchCommitted(deps.dispatch, sessionIds);
    return sessionIds.map(() => undefined);
  });
  return {
    async start(session) {
      await starts(() => startSessionWorkflow(deps, session));
      await dispatches.run('sessions', session.id);
    },
  };
}
