import { patched, proxyLocalActivities, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import type { WebhookActivities } from '../activities';
import { SEARCH_ATTRIBUTES, type DeliveryStatus, type WebhookDeliveryInput } from './definitions';
import { retryDelaySeconds } from './retry-delay';

// One HTTP POST per activity run, as a local activity: it runs inside the workflow task, so a delivery that succeeds
// at once costs one workflow task. HTTP failures come back as outcomes (the schedule below retries them); only
// infrastructure errors (PostgreSQL away) throw and are retried here.
const { attemptDelivery, recordNextAttempt } = proxyLocalActivities<WebhookActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Marks runs in which this workflow, not the attempt's activity, chooses the wait (histories before it replay unchanged). */
const WAIT_CHOSEN_BY_WORKFLOW = 'webhook-retry-delay-in-workflow';

/**
 * One event to one endpoint (id `delivery:<evt>:<whe>[:retry-<n>]`): attempts at once — or, when a dispatcher's first
 * attempt failed, continues after it — then after each wait of the schedule (a longer Retry-After wins), and ends
 * DELIVERED or FAILED. Each attempt's activity records the attempt; the `webhook-id` is the event id on every attempt
 * of every series.
 */
export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<DeliveryStatus> {
  // Decided once per run: a run that began with the activity choosing the wait keeps doing so to its end.
  const attempt = patched(WAIT_CHOSEN_BY_WORKFLOW) ? attemptAndChooseWait : attemptWithWaitChosenByActivity;
  let first = 1;
  if (input.firstAttemptFailed) {
    const wait = await chooseWait(input, 1, input.firstAttemptFailed);
    if (wait === 'FAILED') return finish(wait);
    await sleep(wait * 1000);
    first = 2;
  }
  for (let number = first; ; number += 1) {
    const next = await attempt(input, number);
    if (next === 'DELIVERED' || next === 'FAILED') return finish(next);
    // Operators find failing deliveries of an endpoint with `EndpointId = "whe_…" AND DeliveryStatus = "RETRYING"`.
    if (number === 1) upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.DeliveryStatus, value: 'RETRYING' }]);
    await sleep(next * 1000);
  }
}

/** One attempt; the wait before the next comes from `chooseWait`. */
async function attemptAndChooseWait(input: WebhookDeliveryInput, number: number): Promise<number | 'DELIVERED' | 'FAILED'> {
  const outcome = await attemptDelivery({ deliveryId: input.deliveryId, series: input.series, number });
  if (outcome.kind === 'DELIVERED') return 'DELIVERED';
  if (outcome.kind !== 'UNDELIVERED') return 'FAILED';
  return chooseWait(input, number, outcome);
}

/** The wait after failed attempt `number`, from `retryDelaySeconds`, recorded with the delivery (FAILED when none is left). */
async function chooseWait(input: WebhookDeliveryInput, number: number, failed: { attemptedAt: string; retryAfterSeconds: number | null }): Promise<number | 'FAILED'> {
  const waitSeconds = retryDelaySeconds({ schedule: input.retrySchedule, attempt: number, retryAfterSeconds: failed.retryAfterSeconds, random: Math.random });
  const nextAttemptAt = waitSeconds === null ? null : new Date(Date.parse(failed.attemptedAt) + waitSeconds * 1000).toISOString();
  await recordNextAttempt({ deliveryId: input.deliveryId, nextAttemptAt });
  return waitSeconds ?? 'FAILED';
}

/** Runs begun before the workflow chose the wait: the schedule's jittered wait goes in, the activity adds Retry-After. */
async function attemptWithWaitChosenByActivity(input: WebhookDeliveryInput, number: number): Promise<number | 'DELIVERED' | 'FAILED'> {
  const nextDelaySeconds = retryDelaySeconds({ schedule: input.retrySchedule, attempt: number, retryAfterSeconds: null, random: Math.random });
  const outcome = await attemptDelivery({ deliveryId: input.deliveryId, series: input.series, number, nextDelaySeconds });
  if (outcome.kind === 'DELIVERED') return 'DELIVERED';
  if (outcome.kind !== 'FAILED' || outcome.waitSeconds === null) return 'FAILED';
  return outcome.waitSeconds;
}

function finish(status: Exclude<DeliveryStatus, 'PENDING'>): DeliveryStatus {
  upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.DeliveryStatus, value: status }]);
  return status;
}
