/**
 * The one writer of new sessions, whoever creates them (the API, a link's click): one SQL statement reserves a
 * credit on the account (never below zero), inserts the session row, its RESERVE ledger entry and `session.created`
 * and, for a click, counts the link's use — all or nothing. One statement because every creation of an account meets
 * on the account's row: a multi-statement transaction held that lock ~10× longer and capped a link at ~40 clicks/s.
 * A limited link's batch of clicks is one statement too, for the same reason (`reserveSessions`).
 *
 * Then, after the commit (no transaction is held open across a call to Temporal), the session's workflow is started
 * and the event dispatched. Keyed by the session id: run again — an activity's retry, a retried request — it creates
 * nothing and starts and dispatches what is missing. Should the process die between the commit and the start, the
 * worker's event sweeper finds `session.created` undispatched and starts the workflow before dispatching it.
 */
import { Prisma, type Session } from '@prisma/client';
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';
import type { NewEvent } from '../../lib/events';
import type { Dispatcher } from '../events/dispatch-events';
import { dispatchCommitted, emitFirstEvents } from '../events/emit-event';
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
  const [reservation] = await reserveSessions(deps, [session], options);
  return reservation!;
}

/**
 * Several sessions of one account, one link and one moment — a limited link's batch of clicks — in the one
 * statement: the account's row is locked and committed once for the batch, not once per session in turn. Credits go
 * to the sessions in order while they last. Outcomes in the order of `sessions`.
 */
export async function reserveSessions(deps: ReserveSessionDeps, sessions: NewSession[], options: ReserveOptions = {}): Promise<SessionReservation[]> {
  const [first] = sessions;
  if (!first) return [];
  const { accountId, linkId = null, createdAt: now } = first;
  if (sessions.some((session) => session.accountId !== accountId || (session.linkId ?? null) !== linkId || session.createdAt.getTime() !== now.getTime())) {
    throw new Error('reserveSessions: the sessions of one statement share their account, link and creation time');
  }
  const openLink = options.requireOpenLink && linkId ? openLinkSql(linkId, now) : Prisma.empty;
  const rows = sessions.map((session) => ({ ...session, updatedAt: now }));
  // One creator made them alike: the first one's columns are every one's.
  const columns = Object.entries(rows[0]!)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => Prisma.raw(`"${name}"`));
  // One session (the API's, an UNLIMITED click) is granted by the UPDATE's own check; a batch reads what is
  // available under the row's lock and grants it in order.
  const grant =
    sessions.length === 1
      ? Prisma.sql`reserve AS (
          UPDATE "Account" SET "creditReserved" = "creditReserved" + 1, "updatedAt" = ${now}
          WHERE id = ${accountId} AND "creditBalance" - "creditReserved" >= 1
            AND NOT EXISTS (SELECT 1 FROM "Session" WHERE id = ${first.id}) ${openLink}
          RETURNING id
        ), granted AS (
          SELECT ${first.id}::text AS id FROM reserve
        )`
      : Prisma.sql`fresh AS (
          SELECT id, ordinality FROM draft WHERE NOT EXISTS (SELECT 1 FROM "Session" WHERE "Session".id = draft.id)
        ), account AS (
          SELECT GREATEST("creditBalance" - "creditReserved", 0) AS available FROM "Account"
          WHERE id = ${accountId} AND EXISTS (SELECT 1 FROM fresh) ${openLink}
          FOR NO KEY UPDATE
        ), granted AS (
          SELECT fresh.id FROM fresh, account ORDER BY fresh.ordinality LIMIT (SELECT available FROM account)
        ), reserve AS (
          UPDATE "Account" SET "creditReserved" = "creditReserved" + (SELECT count(*) FROM granted), "updatedAt" = ${now}
          WHERE id = ${accountId} AND EXISTS (SELECT 1 FROM granted)
        )`;
  const created = await deps.db.$queryRaw<{ id: string }[]>`
    WITH draft AS (
      SELECT * FROM jsonb_populate_recordset(NULL::"Session", ${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS draft
    ), ${grant}, session AS (
      INSERT INTO "Session" (${Prisma.join(columns)})
      SELECT ${Prisma.join(columns.map((column) => Prisma.sql`draft.${column}`))}
      FROM draft JOIN granted ON granted.id = draft.id
      RETURNING id
    ), ledger AS (
      INSERT INTO "CreditLedgerEntry" (id, "accountId", type, amount, "sessionId", "createdAt")
      SELECT entry.id, ${accountId}, 'RESERVE'::"LedgerEntryType", 1, session.id, ${now}
      FROM session JOIN unnest(${sessions.map(() => newId('ledgerEntry', now))}::text[], ${sessions.map((session) => session.id)}::text[])
        AS entry(id, "sessionId") ON entry."sessionId" = session.id
    ), counted AS (
      UPDATE "Link" SET "usesConsumed" = "usesConsumed" + (SELECT count(*) FROM session), "updatedAt" = ${now}
      WHERE id = ${linkId} AND EXISTS (SELECT 1 FROM session)
    ), logged AS (${emitFirstEvents(sessions.map(createdEvent), Prisma.sql`session`)})
    SELECT id FROM session`;
  const createdIds = new Set(created.map((row) => row.id));
  const others = sessions.filter((session) => !createdIds.has(session.id)).map((session) => session.id);
  const existing = others.length === 0 ? [] : await deps.db.session.findMany({ where: { id: { in: others } } });
  return Promise.all(sessions.map((session) => settle(deps, session, createdIds.has(session.id), existing, options)));
}

/** The link is still open, checked under its row's lock (see `requireOpenLink`). */
function openLinkSql(linkId: string, now: Date): Prisma.Sql {
  return Prisma.sql`AND EXISTS (SELECT 1 FROM "Link" WHERE id = ${linkId} AND status = 'ACTIVE'
    AND ("expiresAt" IS NULL OR "expiresAt" > ${now}) FOR NO KEY UPDATE)`;
}

/** After the commit: a created session's workflow is started (now, or by `startLater`); one found is completed. */
async function settle(deps: ReserveSessionDeps, session: NewSession, created: boolean, existing: Session[], options: ReserveOptions): Promise<SessionReservation> {
  if (created) {
    // Started from what was written, without reading the row back (a click's latency).
    const written = { ...session, reminderAt: session.reminderAt ?? null, reminderChannels: session.reminderChannels ?? [] };
    if (options.startLater) return { kind: 'created', started: options.startLater.start(written) };
    await startAndDispatch(deps, written);
    return { kind: 'created' };
  }
  const found = existing.find((row) => row.id === session.id);
  if (!found) return { kind: 'no-credit' };
  await startAndDispatch(deps, found);
  return { kind: 'existing', session: found };
}

function createdEvent(session: NewSession): NewEvent {
  return {
    accountId: session.accountId,
    entityType: 'SESSION',
    entityId: session.id,
    type: 'session.created',
    data: {
      sessionId: session.id,
      linkId: session.linkId ?? null,
      clientId: session.clientId,
      // A link's visitors are anonymous: only an integrator's session carries its reference.
      ...(session.linkId ? {} : { externalRef: session.externalRef ?? null }),
      flow: session.flow,
      expiresAt: session.expiresAt.toISOString(),
    },
    occurredAt: session.createdAt,
  };
}

async function startAndDispatch(deps: ReserveSessionDeps, session: SessionStartFields): Promise<void> {
  await startSessionWorkflow(deps, session);
  await dispatchCommitted(deps.dispatch, [session.id]);
}
