/**
 * Changes a webhook endpoint (the API's PATCH, the dashboard's "enable again"): a new URL goes through the SSRF guard;
 * enabled again, it starts with a clean record.
 */
import type { WebhookEndpoint } from '@prisma/client';
import type { z } from 'zod';
import type { ServiceDeps } from '../deps';
import type { ZUpdateWebhookEndpointRequest } from '../schemas/webhooks';
import { requireAllowedWebhookUrl } from '../allowed-webhook-url';

const ENABLED_AGAIN = { status: 'ENABLED', disabledReason: null, failingSince: null } as const;

export async function updateWebhookEndpoint(
  { db, config }: Pick<ServiceDeps, 'db' | 'config'>,
  endpoint: WebhookEndpoint,
  change: z.infer<typeof ZUpdateWebhookEndpointRequest>,
): Promise<WebhookEndpoint> {
  return db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: {
      ...(change.url !== undefined ? { url: (await requireAllowedWebhookUrl(config, change.url, 'url')).toString() } : {}),
      ...(change.events !== undefined ? { eventTypes: change.events } : {}),
      ...(change.format !== undefined ? { format: change.format === 'idenfy' ? 'IDENFY' : 'STANDARD' } : {}),
      ...(change.description !== undefined ? { description: change.description } : {}),
      ...(change.status === 'ENABLED' ? ENABLED_AGAIN : {}),
    },
  });
}
