/** A new secret for a webhook endpoint, returned once; the previous one keeps signing alongside for the configured overlap. */
import type { WebhookEndpoint } from '@prisma/client';
import { requireKeyring } from '../../lib/config';
import { AppError } from '../../lib/errors';
import { sealSecret } from '../../lib/webhooks/endpoint-secrets';
import { newWebhookSecret } from '../../lib/webhooks/signing';
import type { ServiceDeps } from '../deps';

/**
 * Replaces the secret `endpoint` was read with. Two rotations at once would each show a secret while only the last
 * is kept, so the replacement is conditional on that secret: the one that loses the race is refused (409).
 */
export async function rotateEndpointSecret({ db, config }: ServiceDeps, endpoint: WebhookEndpoint): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const secret = newWebhookSecret();
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: endpoint.id, secretCiphertext: endpoint.secretCiphertext },
    data: {
      secretCiphertext: sealSecret(requireKeyring(config), endpoint.id, secret),
      previousSecretCiphertext: endpoint.secretCiphertext,
      previousSecretExpiresAt: new Date(Date.now() + config.webhooks.secretOverlapSeconds * 1000),
    },
  });
  if (count === 0) throw new AppError('INVALID_STATE', 'The secret was rotated by another request at the same moment; rotate again if you need a new secret');
  return { endpoint: await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } }), secret };
}
