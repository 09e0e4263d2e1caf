/**
 * The event log. Each lifecycle change is one row with a per-entity increasing `sequence`. Event ids are derived
 * from the entity, a key (the type unless an event can repeat) and the time the workflow saw it, so an activity
 * retry appends nothing twice.
 */
import { createHash } from 'node:crypto';
import { Prisma, type EntityType, type Event } from '@prisma/client';
import type { Transaction } from './db';

/** Every event type the service emits (API.md "Webhooks", plus escalation, endpoint disabling and test events). */
export const EVENT_TYPES = [
  'link.created',
  'link.exhausted',
  'link.expired',
  'link.deactivated',
  'session.created',
  'session.started',
  'session.submitted',
  'session.auto_finished',
  'session.manual_finished',
  'session.expired',
  'session.cancelled',
  'session.data_deleted',
  'session.review_escalated',
  'webhook_endpoint.disabled',
  'webhook.test',
] as const;

export interface NewEvent {
  accountId: string;
  entityType: EntityType;
  entityId: string;
  type: string;
  data: Prisma.InputJsonObject;
  occurredAt: Date;
  /** Distinguishes repeatable events of one entity (e.g. a second submission); defaults to the type. */
  key?: string;
}

export function eventIdFor(entityId: string, key: string, occurredAt: Date): string {
  const time = occurredAt.getTime().toString(36).padStart(9, '0');
  return `evt_${time}${createHash('sha256').update(`${entityId}:${key}`).digest('hex').slice(0, 20)}`;
}

/**
 * Appends the event unless it is already there; returns its row either way (one already there — a retried write —
 * as it is, dispatched or not). Call inside a transaction, and only through services/events/emit-event.ts, which
 * also dispatches it.
 */
export async function appendEvent(tx: Transaction, event: NewEvent): Promise<Event> {
  const id = eventIdFor(event.entityId, event.key ?? event.type, event.occurredAt);
  // Writers of one entity's events take turns until commit, so two never take the same sequence number. The lock is
  // its own statement: the insert's snapshot, taken after it, then sees every earlier writer's event.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${event.entityId}, 0))`;
  const next = Prisma.sql`COALESCE((SELECT max(sequence) FROM "Event" WHERE "entityId" = ${event.entityId}), 0) + 1`;
  const [appended] = await tx.$queryRaw<Event[]>`
    INSERT INTO "Event" (id, "accountId", type, "entityType", "entityId", sequence, payload, "createdAt")
    SELECT ${id}, ${event.accountId}, ${event.type}, ${event.entityType}::"EntityType", ${event.entityId}, ${next}, ${JSON.stringify(event.data)}::jsonb, ${event.occurredAt}
    ON CONFLICT (id) DO NOTHING RETURNING *`;
  return appended ?? tx.event.findUniqueOrThrow({ where: { id } });
}

/**
 * The first events of the entities one SQL statement creates, as part of that statement: each appended if its
 * entity's id is in `created` (a CTE of the statement with an `id` column; empty when nothing was created). Nothing
 * came before them, so each one's sequence is 1.
 */
export function firstEventsSql(events: NewEvent[], created: Prisma.Sql): Prisma.Sql {
  const rows = events.map((event) => ({
    id: eventIdFor(event.entityId, event.key ?? event.type, event.occurredAt),
    accountId: event.accountId,
    type: event.type,
    entityType: event.entityType,
    entityId: event.entityId,
    payload: event.data,
    // As UTC text, which is how Prisma stores times.
    createdAt: event.occurredAt.toISOString(),
  }));
  return Prisma.sql`INSERT INTO "Event" (id, "accountId", type, "entityType", "entityId", sequence, payload, "createdAt")
    SELECT event.id, event."accountId", event.type, event."entityType"::"EntityType", event."entityId", 1, event.payload, event."createdAt"::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS event(id text, "accountId" text, type text, "entityType" text, "entityId" text, payload jsonb, "createdAt" text)
    JOIN ${created} ON ${created}.id = event."entityId"`;
}
