/** Sends again every delivery to an endpoint created since `since` that failed; returns them, oldest first. */
import type { Delivery, WebhookEndpoint } from '@prisma/client';
import type { ServiceDeps } from '../deps';
import { startDelivery } from '../events/start-delivery';

export async function recoverDeliveries({ db, temporal, config }: ServiceDeps, endpoint: WebhookEndpoint, since: Date): Promise<Delivery[]> {
  const failed = await db.delivery.findMany({ where: { endpointId: endpoint.id, status: 'FAILED', createdAt: { gte: since } }, orderBy: { id: 'asc' } });
  const deps = { db, temporal, taskQueue: config.temporal.taskQueue, webhooks: config.webhooks };
  for (const delivery of failed) await startDelivery(deps, delivery.eventId, delivery.endpointId, delivery.series + 1);
  return failed;
}
