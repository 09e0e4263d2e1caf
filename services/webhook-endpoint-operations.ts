/**
 * What can be done to a webhook endpoint, shared by the API and the dashboard so both take exactly one path: create
 * (URL through the SSRF guard, secret shown once), rotate the secret, send a test event, send a delivery again,
 * recover failed deliveries, enable again.
 */
import { randomUUID } from 'node:crypto';
import type { Delivery, WebhookEndpoint } from '@prisma/client';
import type { z } from 'zod';
import { requireEncryptionKey } from '../lib/config';
import { AppError } from '../lib/errors';
import { idFromRequestKey } from '../lib/ids';
import { dispatcherFor, startDelivery } from './events/dispatch-events';
import { emitEvents } from './events/emit-event';
import { sealSecret } from '../lib/webhooks/endpoint-secrets';
import { newWebhookSecret } from '../lib/webhooks/signing';
import { requireAllowedWebhookUrl } from './allowed-webhook-url';
import type { ServiceDeps } from './deps';
import type { ZCreateWebhookEndpointRequest } from './schemas/webhooks';

/** What enabling a disabled endpoint again writes: it starts with a clean record. */
export const ENABLED_AGAIN = { status: 'ENABLED', disabledReason: null, failingSince: null } as const;

/** A create either made the endpoint (its secret is here, and only here) or found the one its request key made. */
export type EndpointCreation = { kind: 'created'; endpoint: WebhookEndpoint; secret: string } | { kind: 'existing'; endpoint: WebhookEndpoint };

export function webhookEndpointOperations({ db, temporal, config }: ServiceDeps) {
  const encryptionKey = requireEncryptionKey(config);
  const deliveryDeps = { db, temporal, taskQueue: config.temporal.taskQueue, webhooks: config.webhooks };
  const dispatch = dispatcherFor(db, temporal, config);

  async function allowedUrl(raw: string): Promise<string> {
    return (await requireAllowedWebhookUrl(config, raw, 'url')).toString();
  }

  /** The endpoint's id derives from `requestKey`, so a request repeated with the same key creates one endpoint. */
  async function createEndpoint(accountId: string, input: z.infer<typeof ZCreateWebhookEndpointRequest>, requestKey: string): Promise<EndpointCreation> {
    const url = await allowedUrl(input.url);
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
          secretCiphertext: sealSecret(encryptionKey, id, secret),
        },
      ],
      skipDuplicates: true,
    });
    const endpoint = await db.webhookEndpoint.findFirst({ where: { id, accountId } });
    if (!endpoint) throw new AppError('INVALID_STATE', 'This request key was already used elsewhere; start again with a new one');
    return count === 1 ? { kind: 'created', endpoint, secret } : { kind: 'existing', endpoint };
  }

  /** A new secret, returned once; the previous one keeps signing alongside for the configured overlap. */
  /**
   * Replaces the secret `endpoint` was read with. Two rotations at once would each show a secret while only the last
   * is kept, so the replacement is conditional on that secret: the one that loses the race is refused (409).
   */
  async function rotateEndpointSecret(endpoint: WebhookEndpoint): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const secret = newWebhookSecret();
    const { count } = await db.webhookEndpoint.updateMany({
      where: { id: endpoint.id, secretCiphertext: endpoint.secretCiphertext },
      data: {
        secretCiphertext: sealSecret(encryptionKey, endpoint.id, secret),
        previousSecretCiphertext: endpoint.secretCiphertext,
        previousSecretExpiresAt: new Date(Date.now() + config.webhooks.secretOverlapSeconds * 1000),
      },
    });
    if (count === 0) throw new AppError('INVALID_STATE', 'The secret was rotated by another request at the same moment; rotate again if you need a new secret');
    return { endpoint: await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } }), secret };
  }

  /** Appends a `webhook.test` event for this endpoint alone and starts its delivery. */
  async function sendTestEvent(endpoint: WebhookEndpoint): Promise<{ eventId: string; deliveryId: string }> {
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
    const delivery = await db.delivery.findUniqueOrThrow({ where: { eventId_endpointId: { eventId, endpointId: endpoint.id } } });
    return { eventId, deliveryId: delivery.id };
  }

  /** A new series of attempts for a finished delivery, with the same webhook-id; returns the series number. */
  async function resendDelivery(delivery: Delivery): Promise<number> {
    if (delivery.status === 'PENDING') throw new AppError('INVALID_STATE', 'The delivery is still being attempted');
    await startDelivery(deliveryDeps, delivery.eventId, delivery.endpointId, delivery.series + 1);
    return delivery.series + 1;
  }

  /** Sends again every delivery to the endpoint created since `since` that failed; returns them, oldest first. */
  async function recoverDeliveries(endpoint: WebhookEndpoint, since: Date): Promise<Delivery[]> {
    const failed = await db.delivery.findMany({ where: { endpointId: endpoint.id, status: 'FAILED', createdAt: { gte: since } }, orderBy: { id: 'asc' } });
    for (const delivery of failed) await startDelivery(deliveryDeps, delivery.eventId, delivery.endpointId, delivery.series + 1);
    return failed;
  }

  async function enableEndpoint(endpoint: WebhookEndpoint): Promise<WebhookEndpoint> {
    return db.webhookEndpoint.update({ where: { id: endpoint.id }, data: ENABLED_AGAIN });
  }

  return { allowedUrl, createEndpoint, rotateEndpointSecret, sendTestEvent, resendDelivery, recoverDeliveries, enableEndpoint };
}
