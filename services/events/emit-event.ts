/**
 * The one way an event comes to be: appended in the transaction (or the statement) that makes the change it
 * announces, so both commit or neither does, and dispatched to webhook delivery after that commit. Every writer of
 * events — the activities, the API's operations — goes through here; lib/events.ts only knows how to append.
 */
import type { Event, Prisma } from '@prisma/client';
import type { Database, Transaction } from '../../lib/db';
import { appendEvent, firstEventsSql, type NewEvent } from '../../lib/events';
import type { Dispatcher } from './dispatch-events';

export interface EmitDeps {
  db: Database;
  dispatch: Dispatcher;
}

/** Appends an event in the transaction `emitEvents` runs; returns its id (the earlier one's, when it is already there). */
export type Emit = (event: NewEvent) => Promise<string>;

/**
 * Runs `write` in one transaction; the events it emits are dispatched after the commit. A dispatch failure is
 * thrown: an activity is retried (its write is idempotent, so the retry emits the same event and dispatches it) and an
 * API request answers 5xx; either way the events keep no `dispatchedAt` and the worker's event sweeper delivers them.
 */
export async function emitEvents<T>(
  { db, dispatch }: EmitDeps,
  write: (tx: Transaction, emit: Emit) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  const events: Event[] = [];
  const result = await db.$transaction(
    (tx) =>
      write(tx, async (event) => {
        const appended = await appendEvent(tx, event);
        events.push(appended);
        return appended.id;
      }),
    options,
  );
  if (events.length > 0) await dispatch.events(events);
  return result;
}

/**
 * The first events of the entities a single SQL statement creates, as a part of that statement (see
 * `firstEventsSql`); once the statement has committed, `dispatchCommitted` hands them to delivery.
 */
export function emitFirstEvents(events: NewEvent[], created: Prisma.Sql): Prisma.Sql {
  return firstEventsSql(events, created);
}

/**
 * Dispatches committed entities' events for a writer that must not fail past its commit (a created session is
 * returned, whatever happens to its webhooks). A failure is logged, not thrown: the events keep no `dispatchedAt`,
 * and the worker's event sweeper delivers them within seconds.
 */
export async function dispatchCommitted(dispatch: Dispatcher, entityIds: string[]): Promise<void> {
  try {
    await dispatch.entities(entityIds);
  } catch (error) {
    dispatch.logger.warn({ err: error, entityIds }, 'dispatch after commit failed; the event sweeper will deliver its events');
  }
}
