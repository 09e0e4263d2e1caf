/**
 * The one writer of new sessions, whoever creates them (the API, a link's click): one SQL statement reserves a
 * credit on the account (never below zero), inserts the session row, its RESERVE ledger entry and `session.created`
 * and, for a click, counts the link's use — all or nothing. One statement because every creation of an account meets
 * on the account's row: a multi-statement transaction held that lock ~10× longer and capped a link at ~40 clicks/s.
 *
 * Then, after the commit (no transaction is held open across a call to Temporal), the session's workflow is started
 * and the event dispatched. Keyed by the session id: run again — an activity's retry, a retried request — it creates
 * nothing and starts and dispatches what is missing. Should the process die between the commit and the start, the
 * worker's event sweeper finds `session.created` undispatched and starts the workflow before dispatching it.
 */
import { Prisma, type Session } from '@prisma/client';
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';
import type { Dispatcher } from '../events/dispatch-events';
import { dispatchCommitted, emitFirstEvent } from '../events/emit-event';
import type { SessionStarter } from './session-starter';
import { startSessionWorkflow, type SessionStartDeps, type SessionStartFields } from './start-session-workflow';

export interface ReserveSessionDeps extends SessionStartDeps {
  db: Database;
  dispatch: Dispatcher;
}

/** A session's columns as its creator decided them; what is left out takes the column's default. */
export type NewSession = Omit<Prisma.SessionUncheckedCreateInput, keyof SessionStartFields | 'createdAt' | 'updatedAt'> &
  Omit<SessionStartFields, 'reminderAt' | 'reminderChannels'> & { reminderAt?: Date | null; reminderChannels?: string[]; createdAt: Date };

/**
 * Created now, found (an earlier run with the same session id created it), or refused: no credit left (or, with
 * `requireOpenLink`, the link no longer open). `started` is the workflow's start still under way (`startLater`).
 */
export type SessionReservation =
  | { kind: 'created'; started?: Promise<void> }
  | { kind: 'existing'; session: Session }
  | { kind: 'no-credit' };

export interface ReserveOptions {
  /**
   * For a click no link workflow vetted (UNLIMITED links): the link must be ACTIVE and unexpired, checked in the
   * statement under the link row's lock, so a click racing the recording of a deactivation is refused once it commits.
   */
  requireOpenLink?: boolean;
  /**
   * Answer once committed: the workflow's start and the dispatch wait their turn in this process's starter, off the
   * caller's path. Should they fail or the process die, `session.created` stays undispatched and the worker's event
   * sweeper starts the workflow.
   */
  startLater?: SessionStarter;
}

export async function reserveSession(deps: ReserveSessionDeps, session: NewSession, options: ReserveOptions = {}): Promise<SessionReservation> {
  const now = session.createdAt;
  const openLink =
    options.requireOpenLink && session.linkId
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Link" WHERE id = ${session.linkId} AND status = 'ACTIVE'
          AND ("expiresAt" IS NULL OR "expiresAt" > ${now}) FOR NO KEY UPDATE)`
      : Prisma.empty;
  const row = { ...session, updatedAt: now };
  const columns = Object.entries(row)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => Prisma.raw(`"${name}"`));
  const created = emitFirstEvent(
    {
      accountId: session.accountId,
      entityType: 'SESSION',
      entityId: session.id,
      type: 'session.created',
      data: {
        sessionId: session.id,
        linkId: session.linkId,
        clientId: session.clientId,
        // A link's visitors are anonymous: only an integrator's session carries its reference.
        ...(session.linkId ? {} : { externalRef: session.externalRef ?? null }),
        flow: session.flow,
        expiresAt: session.expiresAt.toISOString(),
      },
      occurredAt: now,
    },
    Prisma.sql`session`,
  );
  const [outcome] = await deps.db.$queryRaw<{ created: number }[]>`
    WITH reserve AS (
      UPDATE "Account" SET "creditReserved" = "creditReserved" + 1, "updatedAt" = ${now}
      WHERE id = ${session.accountId} AND "creditBalance" - "creditReserved" >= 1
        AND NOT EXISTS (SELECT 1 FROM "Session" WHERE id = ${session.id}) ${openLink}
      RETURNING id
    ), session AS (
      INSERT INTO "Session" (${Prisma.join(columns)})
      SELECT ${Prisma.join(columns.map((column) => Prisma.sql`draft.${column}`))}
      FROM reserve, jsonb_populate_record(NULL::"Session", ${JSON.stringify(row)}::jsonb) AS draft
      RETURNING id
    ), ledger AS (
      INSERT INTO "CreditLedgerEntry" (id, "accountId", type, amount, "sessionId", "createdAt")
      SELECT ${newId('ledgerEntry', now)}, ${session.accountId}, 'RESERVE'::"LedgerEntryType", 1, id, ${now} FROM session
    ), counted AS (
      UPDATE "Link" SET "usesConsumed" = "usesConsumed" + 1, "updatedAt" = ${now}
      WHERE id = ${session.linkId ?? null} AND EXISTS (SELECT 1 FROM session)
    ), logged AS (${created})
    SELECT (SELECT count(*) FROM session)::int AS created`;
  if (outcome?.created === 1) {
    // Started from what was written, without reading the row back (a click's latency).
    const written = { ...session, reminderAt: session.reminderAt ?? null, reminderChannels: session.reminderChannels ?? [] };
    if (options.startLater) return { kind: 'created', started: options.startLater.start(written) };
    await startAndDispatch(deps, written);
    return { kind: 'created' };
  }
  const existing = await deps.db.session.findUnique({ where: { id: session.id } });
  if (!existing) return { kind: 'no-credit' };
  await startAndDispatch(deps, existing);
  return { kind: 'existing', session: existing };
}

async function startAndDispatch(deps: ReserveSessionDeps, session: SessionStartFields): Promise<void> {
  await startSessionWorkflow(deps, session);
  await dispatchCommitted(deps.dispatch, [session.id]);
}
