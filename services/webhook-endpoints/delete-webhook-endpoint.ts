/** Deletes a webhook endpoint: kept, hidden and disabled, so its delivery log stays; nothing more is sent to it. */
import type { WebhookEndpoint } from '@prisma/client';
import type { Database } from '../../lib/db';

export async function deleteWebhookEndpoint(db: Database, endpoint: WebhookEndpoint): Promise<void> {
  await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { deletedAt: new Date(), status: 'DISABLED', disabledReason: 'Deleted' } });
}
