/**
 * The delivery workflow's activities: the same attempts a dispatcher makes first (services/events/attempt-delivery.ts),
 * plus, for runs begun before the workflow chose the wait, that wait settled here as it used to be.
 */
import { createDeliveryAttempts, type DeliveryAttemptDeps } from '../services/events/attempt-delivery';
import type { AttemptOutcome } from '../workflows/definitions';
import { withRetryAfter } from '../workflows/retry-delay';

export function createWebhookActivities(deps: DeliveryAttemptDeps) {
  const attempts = createDeliveryAttempts(deps);
  return {
    /**
     * One attempt, recorded. `nextDelaySeconds` comes only from runs begun before the workflow chose the wait: for
     * them a failed attempt still settles the delivery here, PENDING until the schedule's jittered wait or a longer
     * Retry-After, or FAILED when null.
     */
    async attemptDelivery(input: { deliveryId: string; series: number; number: number; nextDelaySeconds?: number | null }): Promise<AttemptOutcome> {
      const outcome = await attempts.attemptDelivery(input);
      if (outcome.kind !== 'UNDELIVERED' || input.nextDelaySeconds === undefined) return outcome;
      if (input.nextDelaySeconds === null) {
        await attempts.recordNextAttempt({ deliveryId: input.deliveryId, nextAttemptAt: null });
        return { kind: 'FAILED', waitSeconds: null };
      }
      const waitSeconds = withRetryAfter(input.nextDelaySeconds, outcome.retryAfterSeconds);
      await attempts.recordNextAttempt({ deliveryId: input.deliveryId, nextAttemptAt: new Date(Date.parse(outcome.attemptedAt) + waitSeconds * 1000).toISOString() });
      return { kind: 'FAILED', waitSeconds };
    },
    recordNextAttempt: (input: { deliveryId: string; nextAttemptAt: string | null }) => attempts.recordNextAttempt(input),
  };
}
