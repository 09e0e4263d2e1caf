/** A new series of attempts for a finished delivery, with the same webhook-id; returns the series number. */
import type { Delivery } from '@prisma/client';
import { AppError } from '../../lib/errors';
import type { ServiceDeps } from '../deps';
import { startDelivery } from '../events/start-delivery';

export async function resendDelivery({ db, temporal, config }: ServiceDeps, delivery: Delivery): Promise<number> {
  if (delivery.status === 'PENDING') throw new AppError('INVALID_STATE', 'The delivery is still being attempted');
  await startDelivery({ db, temporal, taskQueue: config.temporal.taskQueue, webhooks: config.webhooks }, delivery.eventId, delivery.endpointId, delivery.series + 1);
  return delivery.series + 1;
}
