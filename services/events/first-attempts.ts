/**
 * The first attempt of each delivery, made by the process that dispatched its event, without a workflow: most
 * deliveries succeed at once and never cost a workflow start. Each is claimed (a lease on the row, taken when the
 * dispatcher creates the row, renewed if it waited long in its queue) so two processes never both make it; a failed one is handed to a webhookDeliveryWorkflow, which waits as the schedule says and
 * continues with attempt 2 (same webhook-id). A first attempt lost with its process — never made, made but not
 * recorded, or recorded but not handed over — is found by the sweeper (`handOverLost`) once its claim has run out.
 */
import type { Client } from '@temporalio/client';
import pLimit from 'p-limit';
import type { WebhookSettings } from '../../lib/config';
import type { Database } from '../../lib/db';
import type { Logger } from '../../lib/logger';
import type { createDeliveryAttempts, Sendable } from './attempt-delivery';
import { startDeliveryWorkflow } from './start-delivery';

/** Beyond the HTTP timeout, how long a claim lasts: recording the attempt and handing it over fit well within it. */
const CLAIM_MARGIN_MS = 10_000;
/** A claim with less than the HTTP timeout and this much left is renewed before the attempt. */
const RECORD_MARGIN_MS = 5_000;
/**
 * How long an unclaimed first attempt may wait in its process's queue (behind a slow endpoint's others) before the
 * sweeper takes it as lost and hands it to a workflow.
 */
export const UNCLAIMED_GRACE_MS = 15_000;
const SWEEP_BATCH = 200;
/**
 * An endpoint read longer ago than this is read again before its first attempt: it may have been disabled or
 * re-pointed while the attempt waited in its queue. Within it, a change races the attempt as it would at any time.
 */
const ENDPOINT_FRESH_MS = 1_000;

export interface FirstAttemptDeps {
  db: Database;
  temporal: Client;
  taskQueue: string;
  webhooks: WebhookSettings;
  logger: Logger;
  attempts: ReturnType<typeof createDeliveryAttempts>;
}

type Failed = { attemptedAt: string; retryAfterSeconds: number | null };

/**
 * A delivery whose first attempt this process owes, as its dispatcher created it: its event (never changed once
 * written, so not read again), its endpoint as read at `readAt`, and the claim taken with the row.
 */
export type OwedAttempt = Sendable & { id: string; readAt: Date; claimedUntil: Date };

export function createFirstAttempts(deps: FirstAttemptDeps) {
  const { db, webhooks, logger } = deps;
  const claimMs = webhooks.timeoutSeconds * 1000 + CLAIM_MARGIN_MS;
  // One queue per endpoint: a slow receiver holds its own slots, never another endpoint's.
  const perEndpoint = new Map<string, pLimit.Limit>();
  const inFlight = new Set<Promise<void>>();

  /**
   * Takes the first attempt unless another process holds it or it is done; true when taken. `held`: the claim this
   * process took before (renewed while still its own); `lost`: the sweeper's, which takes only expired or long
   * unclaimed ones.
   */
  async function claim(deliveryId: string, now: Date, { held = null, lost = false }: { held?: Date | null; lost?: boolean }): Promise<boolean> {
    const { count } = await db.delivery.updateMany({
      where: {
        id: deliveryId,
        firstAttemptPending: true,
        status: 'PENDING',
        OR: lost
          ? [{ claimedUntil: null, createdAt: { lt: new Date(now.getTime() - UNCLAIMED_GRACE_MS) } }, { claimedUntil: { lt: now } }]
          : [{ claimedUntil: null }, { claimedUntil: { lt: now } }, ...(held ? [{ claimedUntil: held }] : [])],
      },
      data: { claimedUntil: new Date(now.getTime() + claimMs) },
    });
    return count === 1;
  }

  /** Starts the delivery's workflow (series 1), then clears the outbox marker: a crash between them only repeats the start. */
  async function handOver(deliveryId: string, firstAttemptFailed: Failed | undefined): Promise<void> {
    const delivery = await db.delivery.findUniqueOrThrow({ where: { id: deliveryId }, include: { endpoint: { select: { accountId: true } } } });
    await startDeliveryWorkflow(deps, {
      deliveryId,
      eventId: delivery.eventId,
      endpointId: delivery.endpointId,
      accountId: delivery.endpoint.accountId,
      series: 1,
      firstAttemptFailed,
    });
    await db.delivery.update({ where: { id: deliveryId }, data: { firstAttemptPending: false, claimedUntil: null } });
  }

  async function attemptFirst({ id: deliveryId, event, endpoint, readAt, claimedUntil }: OwedAttempt): Promise<void> {
    const now = new Date();
    // The claim taken with the row covers the attempt unless the queue held it too long: then renew it (one query).
    const covered = claimedUntil.getTime() - now.getTime() >= webhooks.timeoutSeconds * 1000 + RECORD_MARGIN_MS;
    if (!covered && !(await claim(deliveryId, now, { held: claimedUntil }))) return;
    const current = now.getTime() - readAt.getTime() <= ENDPOINT_FRESH_MS ? endpoint : await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    const outcome = await deps.attempts.attemptDelivery({ deliveryId, series: 1, number: 1 }, { event, endpoint: current });
    // DELIVERED or stopped: the attempt settled the delivery.
    if (outcome.kind === 'UNDELIVERED') await handOver(deliveryId, outcome);
  }

  return {
    /** A claim for rows about to be created by this process's dispatcher, which then passes them to `start`. */
    claimFromNow: (): Date => new Date(Date.now() + claimMs),

    /** Queues the first attempts of these deliveries; returns at once. */
    start(deliveries: OwedAttempt[]): void {
      for (const delivery of deliveries) {
        const { id } = delivery;
        const endpointId = delivery.endpoint.id;
        let limit = perEndpoint.get(endpointId);
        if (!limit) perEndpoint.set(endpointId, (limit = pLimit(webhooks.endpointConcurrency)));
        const queue = limit;
        const task = queue(() => attemptFirst(delivery))
          .catch((error: unknown) => logger.warn({ err: error, deliveryId: id }, 'first attempt failed to complete; the sweeper hands it to a workflow'))
          .finally(() => {
            inFlight.delete(task);
            if (queue.activeCount === 0 && queue.pendingCount === 0 && perEndpoint.get(endpointId) === queue) perEndpoint.delete(endpointId);
          });
        inFlight.add(task);
      }
    },

    async handOverLost(): Promise<number> {
      const now = new Date();
      const lost = await db.delivery.findMany({
        where: {
          firstAttemptPending: true,
          status: 'PENDING',
          OR: [{ claimedUntil: null, createdAt: { lt: new Date(now.getTime() - UNCLAIMED_GRACE_MS) } }, { claimedUntil: { lt: now } }],
        },
        orderBy: { createdAt: 'asc' },
        take: SWEEP_BATCH,
        select: { id: true },
      });
      let handed = 0;
      for (const { id } of lost) {
        if (!(await claim(id, now, { lost: true }))) continue;
        const last = await db.deliveryAttempt.findFirst({ where: { deliveryId: id, series: 1 }, orderBy: { number: 'desc' } });
        if (last?.httpStatus && last.httpStatus >= 200 && last.httpStatus < 300) {
          // Delivered, and only the settling was lost.
          await db.delivery.update({ where: { id }, data: { status: 'DELIVERED', firstAttemptPending: false, claimedUntil: null } });
          continue;
        }
        await handOver(id, last ? { attemptedAt: last.at.toISOString(), retryAfterSeconds: null } : undefined);
        handed += 1;
      }
      return handed;
    },

    async drain(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
