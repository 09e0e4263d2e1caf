/**
 * From event to deliveries (an outbox): for each event, one Delivery row per endpoint subscribed when it is
 * dispatched (plus the callbackUrl of its link or session), written before the event's `dispatchedAt`; then this
 * process makes each first attempt (first-attempts.ts) and only a failed one becomes a webhookDeliveryWorkflow.
 * Idempotent throughout — unique delivery per (event, endpoint), a claim per first attempt, workflow id per (event,
 * endpoint, series) — so the writer of an event (through emit-event.ts) and the sweeper may both call it.
 */
import type { Client } from '@temporalio/client';
import { Prisma, type Event, type WebhookEndpoint } from '@prisma/client';
import { requireKeyring, type Config, type SessionSettings, type WebhookSettings } from '../../lib/config';
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';
import type { Logger } from '../../lib/logger';
import { ensureCallbackEndpoint } from '../../lib/webhooks/callback-endpoints';
import { IDENFY_FORMAT_EVENTS } from '../../lib/webhooks/payloads';
import type { Keyring } from '../../lib/keyring';
import { startSessionWorkflow } from '../sessions/start-session-workflow';
import { createDeliveryAttempts } from './attempt-delivery';
import { createFirstAttempts, type OwedAttempt } from './first-attempts';

/**
 * Delivery rows per insert statement: 6 parameters each, well within PostgreSQL's 65,535 per statement — a round of
 * 200 events to an account with 55 endpoints or more would exceed it in one.
 */
const DELIVERIES_PER_STATEMENT = 1_000;

export interface DispatchDeps {
  db: Database;
  temporal: Client;
  taskQueue: string;
  keyring: Keyring;
  webhooks: WebhookSettings;
  /** What a session's workflow is started with, when the sweeper finds a creation cut short. */
  sessionSettings: SessionSettings;
  logger: Logger;
}

export interface Dispatcher {
  /** Events as their writer appended them (not read again): those not dispatched yet. */
  events(events: Event[]): Promise<void>;
  /** Every event of these links, sessions or endpoints not dispatched yet: what the caller just wrote, and anything older. */
  entities(entityIds: string[]): Promise<void>;
  /**
   * For the sweeper: events whose writer may have stopped between its commit and its dispatch. A `session.created`
   * among them may also have missed its workflow's start (the session writer starts it after the commit), so that
   * workflow is started first, from the session's row; then they are dispatched like `events`.
   */
  recover(eventIds: string[]): Promise<void>;
  /**
   * For the sweeper: first attempts owed by a dispatcher that stopped (crashed, or never got to them in time) become
   * delivery workflows; returns how many.
   */
  handOverLost(): Promise<number>;
  /** Waits for the first attempts in flight (a process shutting down). */
  drain(): Promise<void>;
  /** Where failures to dispatch are reported (ids only). */
  readonly logger: Logger;
}

/** The dispatcher of a process configured by `config` (the API's; the worker builds its own the same way). */
export function dispatcherFor(db: Database, temporal: Client, config: Config, logger: Logger): Dispatcher {
  return createDispatcher({
    db,
    temporal,
    taskQueue: config.temporal.taskQueue,
    keyring: requireKeyring(config),
    webhooks: config.webhooks,
    sessionSettings: config.sessions,
    logger,
  });
}

export function createDispatcher(deps: DispatchDeps): Dispatcher {
  // The attempts may disable an endpoint, which emits an event that this very dispatcher delivers.
  const dispatcher: Dispatcher = {
    events: (events) => dispatchAll(events.filter((event) => event.dispatchedAt === null)),
    entities: async (entityIds) => dispatchAll(await deps.db.event.findMany({ where: { entityId: { in: entityIds }, dispatchedAt: null }, orderBy: { sequence: 'asc' } })),
    async recover(eventIds) {
      const created = await deps.db.event.findMany({ where: { id: { in: eventIds }, type: 'session.created', dispatchedAt: null }, select: { entityId: true } });
      const sessions = await deps.db.session.findMany({ where: { id: { in: created.map((event) => event.entityId) } } });
      for (const session of sessions) await startSessionWorkflow(deps, session);
      await dispatchAll(await deps.db.event.findMany({ where: { id: { in: eventIds }, dispatchedAt: null }, orderBy: { id: 'asc' } }));
    },
    handOverLost: () => firstAttempts.handOverLost(),
    drain: () => firstAttempts.drain(),
    logger: deps.logger,
  };
  const firstAttempts = createFirstAttempts({ ...deps, attempts: createDeliveryAttempts({ ...deps, dispatch: dispatcher }) });

  // The events of a batch share their reads: one per account for its endpoints, one per entity type for the
  // callback URLs; then one statement inserts every delivery and sets every `dispatchedAt`.
  const dispatchAll = async (events: Event[]) => {
    if (events.length === 0) return;
    const readAt = new Date();
    const endpointsOf = await subscribers(deps, events);
    // Created already claimed by this process.
    const claimedUntil = firstAttempts.claimFromNow();
    const deliveries: OwedAttempt[] = events.flatMap((event) =>
      endpointsOf(event).map((endpoint) => ({ id: newId('delivery'), event, endpoint, readAt, claimedUntil })),
    );
    const created = await insertDeliveries(deps.db, deliveries, events);
    // Committed: from here a crash loses no delivery, only an attempt the sweeper hands over.
    firstAttempts.start(deliveries.filter((delivery) => created.has(delivery.id)));
  };
  return dispatcher;
}

/**
 * Inserts the deliveries (those already there — a second dispatch of an event — are left alone) and marks the events
 * dispatched; returns the ids of the rows it created. Up to DELIVERIES_PER_STATEMENT rows this is one statement, so
 * both commit or neither. Beyond, the rows go in several, `dispatchedAt` with the last: a crash before it leaves
 * the events to the sweeper, whose dispatch skips the rows already there and hands their first attempts to
 * workflows once this process's claim has run out.
 */
async function insertDeliveries(db: Database, deliveries: OwedAttempt[], events: Event[]): Promise<Set<string>> {
  const now = new Date();
  const dispatched = Prisma.sql`UPDATE "Event" SET "dispatchedAt" = ${now} WHERE id IN (${Prisma.join(events.map((event) => event.id))})`;
  if (deliveries.length === 0) {
    await db.$executeRaw`${dispatched}`;
    return new Set();
  }
  const created = new Set<string>();
  for (let from = 0; from < deliveries.length; from += DELIVERIES_PER_STATEMENT) {
    const rows = deliveries
      .slice(from, from + DELIVERIES_PER_STATEMENT)
      .map(({ id, event, endpoint, claimedUntil }) => Prisma.sql`(${id}, ${event.id}, ${endpoint.id}, true, ${claimedUntil}, ${now}, ${now})`);
    const last = from + DELIVERIES_PER_STATEMENT >= deliveries.length;
    const inserted = await db.$queryRaw<{ id: string }[]>`
      ${last ? Prisma.sql`WITH dispatched AS (${dispatched})` : Prisma.empty}
      INSERT INTO "Delivery" (id, "eventId", "endpointId", "firstAttemptPending", "claimedUntil", "createdAt", "updatedAt")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT DO NOTHING
      RETURNING id`;
    for (const row of inserted) created.add(row.id);
  }
  return created;
}

/** Who receives each of `events`: the account's enabled endpoints subscribed to its type, and its entity's callbackUrl. */
async function subscribers(deps: DispatchDeps, events: Event[]): Promise<(event: Event) => WebhookEndpoint[]> {
  // A test event goes to its own endpoint only.
  const isTest = (event: Event) => event.entityType === 'WEBHOOK_ENDPOINT' && event.type === 'webhook.test';
  const tested = events.filter(isTest).map((event) => event.entityId);
  const accountIds = [...new Set(events.filter((event) => !isTest(event)).map((event) => event.accountId))];
  const [testedEndpoints, accountEndpoints, callbackUrls] = await Promise.all([
    tested.length === 0 ? [] : deps.db.webhookEndpoint.findMany({ where: { id: { in: tested } } }),
    accountIds.length === 0 ? [] : deps.db.webhookEndpoint.findMany({ where: { accountId: { in: accountIds }, status: 'ENABLED', callbackUrl: null } }),
    callbackUrlsOf(deps.db, events.filter((event) => !isTest(event))),
  ]);
  // One callback endpoint per (account, URL), found or created once for the batch.
  const callbacks = new Map<string, WebhookEndpoint>();
  for (const event of events) {
    const url = callbackUrls.get(event.entityId);
    const key = `${event.accountId} ${url}`;
    if (url && !callbacks.has(key)) callbacks.set(key, await ensureCallbackEndpoint(deps.db, deps.keyring, { accountId: event.accountId, url, format: 'STANDARD' }));
  }
  return (event) => {
    if (isTest(event)) return testedEndpoints.filter((endpoint) => endpoint.id === event.entityId);
    const url = callbackUrls.get(event.entityId);
    const callback = url ? callbacks.get(`${event.accountId} ${url}`) : undefined;
    const subscribed = accountEndpoints.filter(
      (endpoint) => endpoint.accountId === event.accountId && (endpoint.eventTypes.length === 0 || endpoint.eventTypes.includes(event.type)),
    );
    return [...subscribed, ...(callback && callback.status === 'ENABLED' ? [callback] : [])].filter(
      (endpoint) => endpoint.format === 'STANDARD' || IDENFY_FORMAT_EVENTS.includes(event.type),
    );
  };
}

/** The callbackUrl of each event's session or link, by entity id (absent: none). */
async function callbackUrlsOf(db: Database, events: Event[]): Promise<Map<string, string>> {
  const idsOf = (type: Event['entityType']) => [...new Set(events.filter((event) => event.entityType === type).map((event) => event.entityId))];
  const [sessionIds, linkIds] = [idsOf('SESSION'), idsOf('LINK')];
  const rows = [
    ...(sessionIds.length === 0 ? [] : await db.session.findMany({ where: { id: { in: sessionIds } }, select: { id: true, callbackUrl: true } })),
    ...(linkIds.length === 0 ? [] : await db.link.findMany({ where: { id: { in: linkIds } }, select: { id: true, callbackUrl: true } })),
  ];
  return new Map(rows.flatMap((row) => (row.callbackUrl ? [[row.id, row.callbackUrl] as const] : [])));
}

/** Events whose dispatch was interrupted (a process died between writing and dispatching), oldest first. */
export async function undispatchedEvents(db: Database, olderThan: Date, limit: number): Promise<string[]> {
  const rows = await db.event.findMany({ where: { dispatchedAt: null, createdAt: { lt: olderThan } }, orderBy: { id: 'asc' }, take: limit, select: { id: true } });
  return rows.map((row) => row.id);
}
