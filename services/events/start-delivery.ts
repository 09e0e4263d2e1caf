/** How a delivery's workflow is started, whoever starts it: a dispatcher after a failed first attempt, the sweeper, a manual retry. */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { newId } from '../../lib/ids';
import { SEARCH_ATTRIBUTES, WORKFLOW_TYPES, workflowIds, type WebhookDeliveryInput } from '../../workflows/definitions';
import type { DispatchDeps } from './dispatch-events';

/** Starts (or joins) one series of attempts of a delivery; a later series is a manual retry with the same webhook-id. */
export async function startDelivery(deps: Pick<DispatchDeps, 'db' | 'temporal' | 'taskQueue' | 'webhooks'>, eventId: string, endpointId: string, series: number): Promise<string> {
  const delivery = await deps.db.delivery.upsert({
    where: { eventId_endpointId: { eventId, endpointId } },
    create: { id: newId('delivery'), eventId, endpointId },
    update: series > 1 ? { series, status: 'PENDING', nextAttemptAt: new Date() } : {},
    include: { endpoint: { select: { accountId: true } } },
  });
  await startDeliveryWorkflow(deps, { deliveryId: delivery.id, eventId, endpointId, accountId: delivery.endpoint.accountId, series });
  return delivery.id;
}

/**
 * Starts (or joins) the workflow of one series of a delivery: from attempt 1, or after a first attempt a dispatcher
 * made (`firstAttemptFailed`). Carries the account and endpoint as search attributes, so the Temporal UI finds it.
 */
export async function startDeliveryWorkflow(
  deps: Pick<DispatchDeps, 'temporal' | 'taskQueue' | 'webhooks'>,
  delivery: { deliveryId: string; eventId: string; endpointId: string; accountId: string; series: number; firstAttemptFailed?: WebhookDeliveryInput['firstAttemptFailed'] },
): Promise<void> {
  const { deliveryId, eventId, endpointId, accountId, series, firstAttemptFailed } = delivery;
  const input: WebhookDeliveryInput = { deliveryId, eventId, endpointId, series, retrySchedule: [...deps.webhooks.retrySchedule], ...(firstAttemptFailed ? { firstAttemptFailed } : {}) };
  try {
    await deps.temporal.workflow.start(WORKFLOW_TYPES.webhookDelivery, {
      workflowId: workflowIds.webhookDelivery(eventId, endpointId, series),
      taskQueue: deps.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: [
        { key: SEARCH_ATTRIBUTES.AccountId, value: accountId },
        { key: SEARCH_ATTRIBUTES.EndpointId, value: endpointId },
        { key: SEARCH_ATTRIBUTES.DeliveryStatus, value: firstAttemptFailed ? 'RETRYING' : 'PENDING' },
      ],
      staticSummary: `Event ${eventId} to endpoint ${endpointId}${series > 1 ? ` (series ${series})` : ''}`,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

