/** Appends a `webhook.test` event for one endpoint alone and starts its delivery. */
import { randomUUID } from 'node:crypto';
import type { WebhookEndpoint } from '@prisma/client';
import type { ServiceDeps } from '../deps';
import { emitEvents } from '../events/emit-event';

export async function sendTestEvent({ db, dispatch }: ServiceDeps, endpoint: WebhookEndpoint): Promise<{ eventId: string; deliveryId: string }> {
  const eventId = await emitEvents({ db, dispatch }, (_tx, emit) =>
    emit({
      accountId: endpoint.accountId,
      entityType: 'WEBHOOK_ENDPOINT',
      entityId: endpoint.id,
      type: 'webhook.test',
      data: { endpointId: endpoint.id, message: 'A test event from Magic Link' },
      occurredAt: new Date(),
      // Every test is its own event, even two in the same millisecond.
      key: `test:${randomUUID()}`,
    }),
  );
  const delivery = await db.delivery.findUniqueOrThrow({ where: { eventId_endpointId: { eventId, endpointId: endpoint.id } }, select: { id: true } });
  return { eventId, deliveryId: delivery.id };
}
