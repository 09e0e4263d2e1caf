/**
 * Starts the workflows of sessions a process has just committed and answered for (an UNLIMITED link's clicks, a
 * limited link's batch of claims), then dispatches their `session.created` — off the callers' path, in order, at
 * most `inFlight` starts at once. When the clicks outrun the starts (more than BURST_BACKLOG sessions waiting), only
 * a quarter as many run at once: the clicks keep the machine — the Temporal server, PostgreSQL and the API share it —
 * and the queue drains once the burst is over (docs/performance.md measures both). Nobody waits on a queued start: the
 * hosted page starts a session's workflow itself (signal-with-start), and an unopened session's first task is its
 * expiry. Started sessions wait for the next dispatch round, one round at a time, so a burst's events are dispatched
 * in batches that share their reads.
 *
 * Nothing here is durable, nor needs to be: a session still queued when its process dies keeps its `session.created`
 * undispatched, and the worker's event sweeper starts its workflow and dispatches it. The sweeper does not know a
 * live queue from a dead one: during a long burst it also starts sessions queued here for longer than its grace,
 * one at a time — harmless (starts and dispatch are idempotent; the later start here joins the running workflow).
 */
import { KeyedBatcher } from '../../lib/keyed-batcher';
import type { Dispatcher } from '../events/dispatch-events';
import { dispatchCommitted } from '../events/emit-event';
import { startSessionWorkflow, type SessionStartDeps, type SessionStartFields } from './start-session-workflow';

/** Sessions waiting beyond which the clicks are taken to outrun the starts (about a second of a busy link's clicks). */
export const BURST_BACKLOG = 100;
/** The most sessions one dispatch round takes (a PostgreSQL `IN` list per read). */
const SESSIONS_PER_DISPATCH = 200;

export interface SessionStarter {
  /** Settles once the session's workflow is started (rejects if the start failed) and its events were dispatched. */
  start(session: SessionStartFields): Promise<void>;
}

export function createSessionStarter(deps: SessionStartDeps & { dispatch: Dispatcher }, inFlight: number): SessionStarter {
  const waiting: (() => void)[] = [];
  let running = 0;
  const allowed = () => (waiting.length > BURST_BACKLOG ? Math.max(1, Math.floor(inFlight / 4)) : inFlight);
  const admit = () => {
    while (waiting.length > 0 && running < allowed()) {
      running += 1;
      waiting.shift()!();
    }
  };
  const dispatches = new KeyedBatcher<string, void>(1, SESSIONS_PER_DISPATCH, async (_key, sessionIds) => {
    await dispatchCommitted(deps.dispatch, sessionIds);
    return sessionIds.map(() => undefined);
  });
  return {
    async start(session) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        admit();
      });
      try {
        await startSessionWorkflow(deps, session);
      } finally {
        running -= 1;
        admit();
      }
      await dispatches.run('sessions', session.id);
    },
  };
}
