/** How every verificationSessionWorkflow is started, whoever starts it (a click's activity or the API). */
import type { WorkflowStartOptions } from '@temporalio/client';
import { SEARCH_ATTRIBUTES, workflowIds, type VerificationSessionInput } from '../workflows/definitions';

export function sessionWorkflowStartOptions(input: VerificationSessionInput, taskQueue: string) {
  return {
    workflowId: workflowIds.verificationSession(input.sessionId),
    taskQueue,
    args: [input] as [VerificationSessionInput],
    // A session id runs once, ever: a finished session is never started again.
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [
      { key: SEARCH_ATTRIBUTES.AccountId, value: input.accountId },
      { key: SEARCH_ATTRIBUTES.ClientId, value: input.clientId },
      { key: SEARCH_ATTRIBUTES.SessionStatus, value: 'ACTIVE' },
      ...(input.linkId ? [{ key: SEARCH_ATTRIBUTES.LinkId, value: input.linkId }] : []),
    ],
    staticSummary: `${input.linkId ? `Session from link ${input.linkId}` : `Session for client ${input.clientId}`} — ${input.flow}`,
  } satisfies Partial<WorkflowStartOptions>;
}

/**
 * Delayed start (Temporal's start delay): the workflow exists at once — visible, queryable, durable — but its first
 * task runs only at `expiresAt` (or its reminder time), when a session nobody opened expires. Creating a session thus costs the worker no
 * workflow task. The hosted flow and the API wake it earlier with signal-with-start, which ends the delay.
 */
export function startDelayOf(input: VerificationSessionInput): number {
  const wakeAt = Math.min(Date.parse(input.expiresAt), input.reminderAt ? Date.parse(input.reminderAt) : Infinity);
  return Math.max(0, wakeAt - Date.now());
}
