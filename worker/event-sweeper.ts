/**
 * Dispatches events whose writer did not: its dispatch after the commit failed, or its process died first. A
 * `session.created` found here may also have missed its workflow's start, which `recover` makes first. Then hands
 * first attempts lost with their process (or left waiting too long) to delivery workflows. Runs in every worker;
 * dispatch, claims and starts are idempotent, so two workers sweeping the same event deliver it once.
 */
import type { Database } from '../lib/db';
import type { Logger } from '../lib/logger';
import { undispatchedEvents, type Dispatcher } from '../services/events/dispatch-events';

/** How often to look, and how old an event must be so the activity that wrote it had its chance first. */
const INTERVAL_MS = 1_000;
const GRACE_MS = 500;
const BATCH = 200;

export function startEventSweeper({ db, dispatch, logger }: { db: Database; dispatch: Dispatcher; logger: Logger }): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const sweep = async () => {
    try {
      for (;;) {
        const ids = await undispatchedEvents(db, new Date(Date.now() - GRACE_MS), BATCH);
        if (ids.length > 0) await dispatch.recover(ids);
        if (ids.length < BATCH || stopped) break;
      }
      // A full batch handed over may mean more behind it.
      let handed = await dispatch.handOverLost();
      while (handed > 0 && !stopped) handed = await dispatch.handOverLost();
    } catch (error) {
      logger.warn({ err: error }, 'event sweep failed; retrying on the next pass');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = sweep().finally(schedule);
    }, INTERVAL_MS);
  };
  schedule();
  return {
    /** Stops sweeping; the first attempts its dispatches started finish first. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await dispatch.drain();
    },
  };
}
