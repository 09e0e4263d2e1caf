import { proxyActivities, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { SEARCH_ATTRIBUTES, type DeliveryStatus, type WebhookDeliveryInput } from './definitions';

// One HTTP POST per activity run. HTTP failures come back as outcomes (the schedule below retries them); only
// infrastructure errors (PostgreSQL away) throw and are retried here.
const { attemptDelivery } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});
const { recordDeliveryResult } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Up to ±10 % around each wait, so retries of many deliveries do not arrive at an endpoint in lockstep. */
const JITTER = 0.1;
/** A Retry-After longer than this is not honoured beyond it: the schedule stays bounded. */
const MAX_RETRY_AFTER_SECONDS = 36_000;

/**
 * One event to one endpoint (id `delivery:<evt>:<whe>[:retry-<n>]`): attempts at once, then after each wait of the
 * schedule (honouring Retry-After when longer), and ends DELIVERED or FAILED. Every attempt is recorded by its
 * activity; the `webhook-id` is the event id on every attempt of every series.
 */
export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<DeliveryStatus> {
  const waits = [0, ...input.retrySchedule];
  for (let index = 0; index < waits.length; index += 1) {
    const outcome = await attemptDelivery({ deliveryId: input.deliveryId, series: input.series, number: index + 1 });
    if (outcome.kind === 'DELIVERED') return finish(input, 'DELIVERED');
    if (outcome.kind === 'STOP') return finish(input, 'FAILED');
    const next = waits[index + 1];
    if (next === undefined) break;
    const retryAfter = Math.min(outcome.retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS);
    const seconds = Math.max(next * (1 + (Math.random() * 2 - 1) * JITTER), retryAfter);
    // Operators find failing deliveries of an endpoint with `EndpointId = "whe_…" AND DeliveryStatus = "RETRYING"`.
    if (index === 0) upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.DeliveryStatus, value: 'RETRYING' }]);
    await recordDeliveryResult({ deliveryId: input.deliveryId, status: 'PENDING', nextAttemptAt: new Date(Date.now() + seconds * 1000).toISOString() });
    await sleep(seconds * 1000);
  }
  return finish(input, 'FAILED');
}

async function finish(input: WebhookDeliveryInput, status: Exclude<DeliveryStatus, 'PENDING'>): Promise<DeliveryStatus> {
  await recordDeliveryResult({ deliveryId: input.deliveryId, status, nextAttemptAt: null });
  upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.DeliveryStatus, value: status }]);
  return status;
}
