/** Appends a `webhook.test` event for one endpoint alone and starts its delivery. */
import { randomUUID } from 'node:crypto';
import type { WebhookEndpoint } from '@prisma/client';
import type { ServiceDeps } from '../deps';
import { emitTestEvent } from '../events/emit-event';

export function sendTestEvent({ db, dispatch }: ServiceDeps, endpoint: WebhookEndpoint): Promise<{ eventId: string; deliveryId: string }> {
  return emitTestEvent({ db, dispatch }, endpoint, {
    accountId: endpoint.accountId,
    entityType: 'WEBHOOK_ENDPOINT',
    entityId: endpoint.id,
    type: 'webhook.test',
    data: { endpointId: endpoint.id, message: 'A test event from Magic Link' },
    occurredAt: new Date(),
    // Every test is its own event, even two in the same millisecond.
    key: `test:${randomUUID()}`,
  });
}
