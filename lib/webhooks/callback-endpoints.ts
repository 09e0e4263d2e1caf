/**
 * A link's or session's `callbackUrl` acts as an endpoint: one implicit endpoint per account and URL, created on
 * first use with its own secret (revealed by rotating it), listed with the others. Sessions created through the
 * iDenfy-compatible API get it in iDenfy's format; otherwise the Standard Webhooks format.
 */
import type { WebhookEndpoint, WebhookFormat } from '@prisma/client';
import type { Database } from '../db';
import { newId } from '../ids';
import type { Keyring } from '../keyring';
import { sealSecret } from './endpoint-secrets';
import { newWebhookSecret } from './signing';

export async function ensureCallbackEndpoint(
  db: Database,
  key: Keyring,
  input: { accountId: string; url: string; format: WebhookFormat },
): Promise<WebhookEndpoint> {
  const existing = await db.webhookEndpoint.findUnique({ where: { accountId_callbackUrl: { accountId: input.accountId, callbackUrl: input.url } } });
  if (existing) return existing;
  const id = newId('webhookEndpoint');
  await db.webhookEndpoint.createMany({
    data: [
      {
        id,
        accountId: input.accountId,
        url: input.url,
        callbackUrl: input.url,
        format: input.format,
        description: 'Callback URL of links and sessions',
        secretCiphertext: sealSecret(key, id, newWebhookSecret()),
      },
    ],
    // Two events racing to create it: the other one won, use it.
    skipDuplicates: true,
  });
  return db.webhookEndpoint.findUniqueOrThrow({ where: { accountId_callbackUrl: { accountId: input.accountId, callbackUrl: input.url } } });
}
