/**
 * From event to deliveries: for each event, one Delivery row and one webhookDeliveryWorkflow per endpoint subscribed
 * when it is dispatched (plus the callbackUrl of its link or session). Idempotent throughout — unique delivery per
 * (event, endpoint), workflow id per (event, endpoint, series) — so the writer of an event (through emit-event.ts)
 * and the sweeper for interrupted dispatches may both call it.
 */
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Event, WebhookEndpoint } from '@prisma/client';
import { requireEncryptionKey, type Config, type SessionSettings, type WebhookSettings } from '../../lib/config';
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';
import type { Logger } from '../../lib/logger';
import { SEARCH_ATTRIBUTES, WORKFLOW_TYPES, workflowIds, type WebhookDeliveryInput } from '../../workflows/definitions';
import { ensureCallbackEndpoint } from '../../lib/webhooks/callback-endpoints';
import { IDENFY_FORMAT_EVENTS } from '../../lib/webhooks/payloads';
import type { Keyring } from '../../lib/keyring';
import { startSessionWorkflow } from '../sessions/start-session-workflow';

export interface DispatchDeps {
  db: Database;
  temporal: Client;
  taskQueue: string;
  encryptionKey: Keyring;
  webhooks: WebhookSettings;
  /** What a session's workflow is started with, when the sweeper finds a creation cut short. */
  sessionSettings: SessionSettings;
  logger: Logger;
}

export interface Dispatcher {
  events(eventIds: string[]): Promise<void>;
  /** Every event of a link, session or endpoint not dispatched yet: what the caller just wrote, and anything older. */
  entity(entityId: string): Promise<void>;
  /**
   * For the sweeper: events whose writer may have stopped between its commit and its dispatch. A `session.created`
   * among them may also have missed its workflow's start (the session writer starts it after the commit), so that
   * workflow is started first, from the session's row; then they are dispatched like `events`.
   */
  recover(eventIds: string[]): Promise<void>;
  /** Where failures to dispatch are reported (ids only). */
  readonly logger: Logger;
}

/** The dispatcher of a process configured by `config` (the API's; the worker builds its own the same way). */
export function dispatcherFor(db: Database, temporal: Client, config: Config, logger: Logger): Dispatcher {
  return createDispatcher({
    db,
    temporal,
    taskQueue: config.temporal.taskQueue,
    encryptionKey: requireEncryptionKey(config),
    webhooks: config.webhooks,
    sessionSettings: config.sessions,
    logger,
  });
}

export function createDispatcher(deps: DispatchDeps): Dispatcher {
  const dispatchAll = async (events: Event[]) => {
    for (const event of events) {
      for (const endpoint of await subscribers(deps, event)) await startDelivery(deps, event.id, endpoint.id, 1);
      await deps.db.event.update({ where: { id: event.id }, data: { dispatchedAt: new Date() } });
    }
  };
  const events = async (eventIds: string[]) =>
    dispatchAll(await deps.db.event.findMany({ where: { id: { in: eventIds }, dispatchedAt: null }, orderBy: { id: 'asc' } }));
  return {
    events,
    entity: async (entityId) => dispatchAll(await deps.db.event.findMany({ where: { entityId, dispatchedAt: null }, orderBy: { sequence: 'asc' } })),
    async recover(eventIds) {
      const created = await deps.db.event.findMany({ where: { id: { in: eventIds }, type: 'session.created', dispatchedAt: null }, select: { entityId: true } });
      const sessions = await deps.db.session.findMany({ where: { id: { in: created.map((event) => event.entityId) } } });
      for (const session of sessions) await startSessionWorkflow(deps, session);
      await events(eventIds);
    },
    logger: deps.logger,
  };
}

/** Starts (or joins) one series of attempts of a delivery; a later series is a manual retry with the same webhook-id. */
export async function startDelivery(deps: Pick<DispatchDeps, 'db' | 'temporal' | 'taskQueue' | 'webhooks'>, eventId: string, endpointId: string, series: number): Promise<string> {
  const delivery = await deps.db.delivery.upsert({
    where: { eventId_endpointId: { eventId, endpointId } },
    create: { id: newId('delivery'), eventId, endpointId },
    update: series > 1 ? { series, status: 'PENDING', nextAttemptAt: new Date() } : {},
  });
  const input: WebhookDeliveryInput = { deliveryId: delivery.id, eventId, endpointId, series, retrySchedule: [...deps.webhooks.retrySchedule] };
  try {
    await deps.temporal.workflow.start(WORKFLOW_TYPES.webhookDelivery, {
      workflowId: workflowIds.webhookDelivery(eventId, endpointId, series),
      taskQueue: deps.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: [
        { key: SEARCH_ATTRIBUTES.EndpointId, value: endpointId },
        { key: SEARCH_ATTRIBUTES.DeliveryStatus, value: 'PENDING' },
      ],
      staticSummary: `Event ${eventId} to endpoint ${endpointId}${series > 1 ? ` (series ${series})` : ''}`,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return delivery.id;
}

async function subscribers(deps: DispatchDeps, event: Event): Promise<WebhookEndpoint[]> {
  // A test event goes to its own endpoint only.
  if (event.entityType === 'WEBHOOK_ENDPOINT' && event.type === 'webhook.test') {
    return deps.db.webhookEndpoint.findMany({ where: { id: event.entityId } });
  }
  const endpoints = await deps.db.webhookEndpoint.findMany({
    where: { accountId: event.accountId, status: 'ENABLED', callbackUrl: null, OR: [{ eventTypes: { isEmpty: true } }, { eventTypes: { has: event.type } }] },
  });
  const callbackUrl = await callbackUrlOf(deps.db, event);
  const callback = callbackUrl ? await ensureCallbackEndpoint(deps.db, deps.encryptionKey, { accountId: event.accountId, url: callbackUrl, format: 'STANDARD' }) : null;
  return [...endpoints, ...(callback && callback.status === 'ENABLED' ? [callback] : [])].filter(
    (endpoint) => endpoint.format === 'STANDARD' || IDENFY_FORMAT_EVENTS.includes(event.type),
  );
}

async function callbackUrlOf(db: Database, event: Event): Promise<string | null> {
  if (event.entityType === 'SESSION') return (await db.session.findUnique({ where: { id: event.entityId }, select: { callbackUrl: true } }))?.callbackUrl ?? null;
  if (event.entityType === 'LINK') return (await db.link.findUnique({ where: { id: event.entityId }, select: { callbackUrl: true } }))?.callbackUrl ?? null;
  return null;
}

/** Events whose dispatch was interrupted (a process died between writing and dispatching), oldest first. */
export async function undispatchedEvents(db: Database, olderThan: Date, limit: number): Promise<string[]> {
  const rows = await db.event.findMany({ where: { dispatchedAt: null, createdAt: { lt: olderThan } }, orderBy: { id: 'asc' }, take: limit, select: { id: true } });
  return rows.map((row) => row.id);
}
