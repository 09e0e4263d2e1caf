/**
 * Starts a session's workflow from an activity; idempotent by workflow id, so activity retries are harmless.
 *
 * Delayed start (Temporal's start delay): the workflow exists at once — visible, queryable, durable — but its first
 * task runs only at `expiresAt`, when a session nobody opened expires. A click thus costs the worker no workflow
 * task (half of a click's cost when measured, docs/performance.md). The hosted flow wakes the workflow earlier with
 * signal-with-start, which bypasses the remaining delay.
 */
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { SEARCH_ATTRIBUTES, WORKFLOW_TYPES, workflowIds, type VerificationSessionInput } from '../workflows/definitions';

export type SessionStarter = (input: VerificationSessionInput) => Promise<void>;

export function createSessionStarter(temporal: Client, taskQueue: string): SessionStarter {
  return async (input) => {
    try {
      await temporal.workflow.start(WORKFLOW_TYPES.verificationSession, {
        workflowId: workflowIds.verificationSession(input.sessionId),
        taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        startDelay: Math.max(0, Date.parse(input.expiresAt) - Date.now()),
        typedSearchAttributes: [
          { key: SEARCH_ATTRIBUTES.AccountId, value: input.accountId },
          { key: SEARCH_ATTRIBUTES.ClientId, value: input.clientId },
          { key: SEARCH_ATTRIBUTES.SessionStatus, value: 'ACTIVE' },
          ...(input.linkId ? [{ key: SEARCH_ATTRIBUTES.LinkId, value: input.linkId }] : []),
        ],
        staticSummary: input.linkId ? `Session from link ${input.linkId}` : `Session for client ${input.clientId}`,
      });
    } catch (error) {
      // Already started (or already finished) by an earlier attempt of the same activity.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };
}
