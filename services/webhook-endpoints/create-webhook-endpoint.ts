/** Creates a webhook endpoint (the API and the dashboard alike): its URL through the SSRF guard, its secret shown once. */
import type { WebhookEndpoint } from '@prisma/client';
import type { z } from 'zod';
import { requireKeyring } from '../../lib/config';
import { AppError } from '../../lib/errors';
import { idFromRequestKey } from '../../lib/ids';
import { sealSecret } from '../../lib/webhooks/endpoint-secrets';
import { newWebhookSecret } from '../../lib/webhooks/signing';
import type { ServiceDeps } from '../deps';
import type { ZCreateWebhookEndpointRequest } from '../schemas/webhooks';
import { requireAllowedWebhookUrl } from '../allowed-webhook-url';

/** A create either made the endpoint (its secret is here, and only here) or found the one its request key made. */
export type EndpointCreation = { kind: 'created'; endpoint: WebhookEndpoint; secret: string } | { kind: 'existing'; endpoint: WebhookEndpoint };

/** The endpoint's id derives from `requestKey`, so a request repeated with the same key creates one endpoint. */
export async function createWebhookEndpoint(
  { db, config }: ServiceDeps,
  accountId: string,
  input: z.infer<typeof ZCreateWebhookEndpointRequest>,
  requestKey: string,
): Promise<EndpointCreation> {
  const url = (await requireAllowedWebhookUrl(config, input.url, 'url')).toString();
  const id = idFromRequestKey('webhookEndpoint', requestKey);
  const secret = newWebhookSecret();
  const { count } = await db.webhookEndpoint.createMany({
    data: [
      {
        id,
        accountId,
        url,
        eventTypes: input.events ?? [],
        format: input.format === 'idenfy' ? 'IDENFY' : 'STANDARD',
        description: input.description ?? null,
        secretCiphertext: sealSecret(requireKeyring(config), id, secret),
      },
    ],
    skipDuplicates: true,
  });
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id, accountId } });
  if (!endpoint) throw new AppError('INVALID_STATE', 'This request key was already used elsewhere; start again with a new one');
  return count === 1 ? { kind: 'created', endpoint, secret } : { kind: 'existing', endpoint };
}
