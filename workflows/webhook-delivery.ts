import { proxyLocalActivities, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { SEARCH_ATTRIBUTES, type DeliveryStatus, type WebhookDeliveryInput } from './definitions';

// One HTTP POST per activity run, as a local activity: it runs inside the workflow task, so a delivery that succeeds
// at once costs one workflow task. HTTP failures come back as outcomes (the schedule below retries them); only
// infrastructure errors (PostgreSQL away) throw and are retried here.
const { attemptDelivery } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Up to ±10 % around each wait, so retries of many deliveries do not arrive at an endpoint in lockstep. */
const JITTER = 0.1;

/**
 * One event to one endpoint (id `delivery:<evt>:<whe>[:retry-<n>]`): attempts at once, then after each wait of the
 * schedule (a longer Retry-After wins), and ends DELIVERED or FAILED. Each attempt's activity records the attempt
 * and the delivery's state; the `webhook-id` is the event id on every attempt of every series.
 */
export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<DeliveryStatus> {
  for (let number = 1; ; number += 1) {
    const wait = input.retrySchedule[number - 1];
    const nextDelaySeconds = wait === undefined ? null : wait * (1 + (Math.random() * 2 - 1) * JITTER);
    const outcome = await attemptDelivery({ deliveryId: input.deliveryId, series: input.series, number, nextDelaySeconds });
    if (outcome.kind === 'DELIVERED') return finish('DELIVERED');
    if (outcome.kind === 'STOP' || outcome.waitSeconds === null) return finish('FAILED');
    // Operators find failing deliveries of an endpoint with `EndpointId = "whe_…" AND DeliveryStatus = "RETRYING"`.
    if (number === 1) upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.DeliveryStatus, value: 'RETRYING' }]);
    await sleep(outcome.waitSeconds * 1000);
  }
}

function finish(status: Exclude<DeliveryStatus, 'PENDING'>): DeliveryStatus {
  upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.DeliveryStatus, value: status }]);
  return status;
}
