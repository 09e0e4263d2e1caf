/**
 * Webhook delivery attempts, for the dispatcher's first attempt and the delivery workflow's activities alike: one
 * signed HTTP POST per `attemptDelivery`, each recorded (time, status, duration, error,
 * first 1 kB of the answer), and the endpoint's health kept (a 410, or failing without a success for
 * WEBHOOK_DISABLE_AFTER_SECONDS, disables it and says so in an event).
 */
import { Prisma, type DeliveryAttempt, type Event, type WebhookEndpoint } from '@prisma/client';
import type { WebhookSettings } from '../../lib/config';
import type { Database } from '../../lib/db';
import { newId } from '../../lib/ids';
import type { Dispatcher } from './dispatch-events';
import { emitEvents } from './emit-event';
import { signingSecrets } from '../../lib/webhooks/endpoint-secrets';
import type { Keyring } from '../../lib/keyring';
import { postWebhook, type PostResult } from '../../lib/webhooks/http-post';
import { idenfyMessage, standardMessage, type WebhookMessage } from '../../lib/webhooks/payloads';
import { idenfySignature, standardWebhookHeaders } from '../../lib/webhooks/signing';
import { checkWebhookUrl, pinnedLookup } from '../../lib/webhooks/url-guard';
import type { AttemptOutcome, DeliveryStatus } from '../../workflows/definitions';

/** How much of an endpoint's answer is kept with each attempt. */
const SNIPPET_BYTES = 1024;

export interface DeliveryAttemptDeps {
  db: Database;
  keyring: Keyring;
  webhooks: WebhookSettings;
  dispatch: Dispatcher;
}

/** A delivery's event and its endpoint, as they are sent. */
export type Sendable = { event: Event; endpoint: WebhookEndpoint };

export function createDeliveryAttempts({ db, keyring, webhooks, dispatch }: DeliveryAttemptDeps) {
  async function send(event: Event, endpoint: WebhookEndpoint, now: Date): Promise<PostResult & { finalRefusal?: string }> {
    // Checked again at send time: the host's DNS answer may have changed since the endpoint was created.
    const target = await checkWebhookUrl(endpoint.url, { allowPrivate: webhooks.allowPrivateUrls });
    if (!target.ok) {
      const error = `URL not allowed: ${target.reason}`;
      const refused = { status: null, durationMs: 0, error, responseSnippet: null, retryAfterSeconds: null };
      // Only a name that did not resolve may resolve later; an address the guard refuses is refused on every retry.
      return target.retryable ? refused : { ...refused, finalRefusal: error };
    }
    const secrets = signingSecrets(keyring, endpoint, now);
    const message: WebhookMessage = endpoint.format === 'IDENFY' ? idenfyMessage(event) : standardMessage(event);
    const signature =
      endpoint.format === 'IDENFY'
        ? { 'Idenfy-Signature': idenfySignature(secrets[0]!, message.body) }
        : standardWebhookHeaders({ id: event.id, timestamp: Math.floor(now.getTime() / 1000), body: message.body, secrets });
    return postWebhook(target.url, {
      body: message.body,
      headers: { ...message.headers, ...signature },
      lookup: pinnedLookup(target.addresses),
      timeoutMs: webhooks.timeoutSeconds * 1000,
      snippetBytes: SNIPPET_BYTES,
    });
  }

  /** Disables an endpoint (once) and logs `webhook_endpoint.disabled`, which other endpoints receive. */
  async function disable(endpoint: WebhookEndpoint, reason: string, at: Date): Promise<void> {
    await emitEvents({ db, dispatch }, async (tx, emit) => {
      const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, status: 'ENABLED' }, data: { status: 'DISABLED', disabledReason: reason } });
      if (count === 0) return;
      await emit({
        accountId: endpoint.accountId,
        entityType: 'WEBHOOK_ENDPOINT',
        entityId: endpoint.id,
        type: 'webhook_endpoint.disabled',
        data: { endpointId: endpoint.id, url: endpoint.url, reason },
        occurredAt: at,
        key: `disabled:${at.getTime()}`,
      });
    });
  }

  /**
   * What an attempt sends: the event, and the endpoint as it is now (it may have been disabled or re-pointed since
   * the delivery was created). A first attempt comes with both from its dispatcher, which has just read them.
   */
  async function toSend(deliveryId: string, known?: Sendable): Promise<Sendable> {
    return known ?? db.delivery.findUniqueOrThrow({ where: { id: deliveryId }, include: { event: true, endpoint: true } });
  }

  /** A settled delivery owes no first attempt any more. */
  const settleSql = (deliveryId: string, status: Exclude<DeliveryStatus, 'PENDING'>, now: Date) =>
    Prisma.sql`UPDATE "Delivery" SET status = ${status}::"DeliveryStatus", "nextAttemptAt" = NULL, "firstAttemptPending" = false, "claimedUntil" = NULL, "updatedAt" = ${now}
      WHERE id = ${deliveryId}`;

  /**
   * Records an attempt once (a retried activity records nothing twice) and, given `settled`, settles its delivery
   * in the same statement.
   */
  async function record(attempt: Omit<DeliveryAttempt, 'id'>, settled?: Exclude<DeliveryStatus, 'PENDING'>): Promise<void> {
    const { deliveryId, series, number, at, httpStatus, durationMs, error, responseSnippet } = attempt;
    const recorded = Prisma.sql`INSERT INTO "DeliveryAttempt" (id, "deliveryId", series, number, at, "httpStatus", "durationMs", error, "responseSnippet")
      VALUES (${newId('deliveryAttempt', at)}, ${deliveryId}, ${series}, ${number}, ${at}, ${httpStatus}, ${durationMs}, ${error}, ${responseSnippet})
      ON CONFLICT DO NOTHING`;
    if (settled) await db.$executeRaw`WITH recorded AS (${recorded}) ${settleSql(deliveryId, settled, at)}`;
    else await db.$executeRaw`${recorded}`;
  }

  return {
    /**
     * One attempt, recorded; DELIVERED and stopped deliveries are settled here. A failed attempt comes back UNDELIVERED
     * with the endpoint's Retry-After, and the delivery workflow records when it tries again (`recordNextAttempt`).
     * `known`: a first attempt's event and endpoint, from its dispatcher.
     */
    async attemptDelivery(
      input: { deliveryId: string; series: number; number: number },
      known?: Sendable,
    ): Promise<Exclude<AttemptOutcome, { kind: 'FAILED' }>> {
      const { deliveryId } = input;
      const { event, endpoint } = await toSend(deliveryId, known);
      const settle = async (status: Exclude<DeliveryStatus, 'PENDING'>) => {
        await db.$executeRaw`${settleSql(deliveryId, status, new Date())}`;
      };
      if (endpoint.status !== 'ENABLED' && event.type !== 'webhook.test') {
        await settle('FAILED');
        return { kind: 'STOP', reason: 'the endpoint is disabled' };
      }
      const now = new Date();
      const result = await send(event, endpoint, now);
      const delivered = result.status !== null && result.status >= 200 && result.status < 300;
      const error =
        result.error ??
        (result.status !== null && result.status >= 300 && result.status < 400 ? `redirect (${result.status}) not followed` : delivered ? null : `HTTP ${result.status}`);
      const attempt = { deliveryId, series: input.series, number: input.number, at: now, httpStatus: result.status, durationMs: result.durationMs, error, responseSnippet: result.responseSnippet };
      if (delivered) {
        if (endpoint.failingSince) await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
        await record(attempt, 'DELIVERED');
        return { kind: 'DELIVERED' };
      }
      if (result.finalRefusal) {
        await record(attempt, 'FAILED');
        return { kind: 'STOP', reason: result.finalRefusal };
      }
      await record(attempt);
      if (result.status === 410) {
        await disable(endpoint, 'The endpoint answered 410 Gone', now);
        await settle('FAILED');
        return { kind: 'STOP', reason: '410 Gone' };
      }
      const failingSince = endpoint.failingSince ?? now;
      if (!endpoint.failingSince) await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: now } });
      if (now.getTime() - failingSince.getTime() >= webhooks.disableAfterSeconds * 1000) {
        await disable(endpoint, `No successful delivery since ${failingSince.toISOString()}`, now);
        await settle('FAILED');
        return { kind: 'STOP', reason: 'the endpoint was disabled' };
      }
      return { kind: 'UNDELIVERED', attemptedAt: now.toISOString(), retryAfterSeconds: result.retryAfterSeconds };
    },

    /** After a failed attempt: PENDING until `nextAttemptAt`, or FAILED when the schedule has no attempt left (null). */
    async recordNextAttempt({ deliveryId, nextAttemptAt }: { deliveryId: string; nextAttemptAt: string | null }): Promise<void> {
      await db.delivery.update({
        where: { id: deliveryId },
        data: nextAttemptAt === null ? { status: 'FAILED', nextAttemptAt: null } : { status: 'PENDING', nextAttemptAt: new Date(nextAttemptAt) },
      });
    },
  };
}
