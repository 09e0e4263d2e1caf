/**
 * The first attempt of each delivery, made by the process that dispatched its event, without a workflow: most
 * deliveries succeed at once and never cost a workflow start. Each is claimed (a lease on the row, taken when the
 * dispatcher creates the row and renewed while it waits in its endpoint's queue) so two processes never both make it;
 * a failed one is handed to a webhookDeliveryWorkflow, which waits as the schedule says and continues with attempt 2
 * (same webhook-id). A first attempt lost with its process — never made, made but not
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
/** Queued first attempts' claims are looked at this often (a share of a claim) and renewed once half has run out. */
const RENEWALS_PER_CLAIM = 8;
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
   * The first attempts waiting in their endpoint's queue, with the claim each holds. Renewed while they wait: behind
   * hundreds of others (a burst to one endpoint) their claims would run out, and the sweeper would hand every one to
   * a workflow — a start each, sent past the endpoint's queue. One missing here is no longer this process's to make.
   */
  const queued = new Map<string, Date>();
  let renewalTimer: NodeJS.Timeout | undefined;
  let renewal: Promise<void> = Promise.resolve();

  function scheduleRenewal(): void {
    if (renewalTimer || queued.size === 0) return;
    renewalTimer = setTimeout(() => {
      renewal = renewQueuedClaims().finally(() => {
        renewalTimer = undefined;
        scheduleRenewal();
      });
    }, claimMs / RENEWALS_PER_CLAIM);
    renewalTimer.unref();
  }

  /** One statement for every queued claim past half its length; each renewed only if still the one this process took. */
  async function renewQueuedClaims(): Promise<void> {
    const now = Date.now();
    const due = [...queued].filter(([, held]) => held.getTime() - now < claimMs / 2);
    if (due.length === 0) return;
    const until = new Date(now + claimMs);
    try {
      // Times as UTC text, as Prisma stores them: the held claims must compare equal to the millisecond.
      const renewed = await db.$queryRaw<{ id: string }[]>`
        UPDATE "Delivery" AS delivery SET "claimedUntil" = ${until.toISOString()}::timestamp(3)
        FROM unnest(${due.map(([id]) => id)}::text[], ${due.map(([, held]) => held.toISOString())}::timestamp(3)[]) AS held(id, "claimedUntil")
        WHERE delivery.id = held.id AND delivery."claimedUntil" = held."claimedUntil"
          AND delivery."firstAttemptPending" AND delivery.status = 'PENDING'
        RETURNING delivery.id`;
      const kept = new Set(renewed.map(({ id }) => id));
      for (const [id] of due) {
        if (kept.has(id)) queued.set(id, until);
        else queued.delete(id);
      }
    } catch (error) {
      logger.warn({ err: error, queued: queued.size }, 'renewing the claims of queued first attempts failed; retrying');
    }
  }

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

  async function attemptFirst({ id: deliveryId, event, endpoint, readAt }: OwedAttempt): Promise<void> {
    // A renewal under way may be changing this claim: read it once that is done.
    await renewal;
    const claimedUntil = queued.get(deliveryId);
    queued.delete(deliveryId);
    if (!claimedUntil) return;
    const now = new Date();
    // The claim held covers the attempt unless it was renewed too long ago: then renew it (one query).
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
        queued.set(id, delivery.claimedUntil);
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
      scheduleRenewal();
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
