/** Starts a session's workflow from an activity; idempotent by workflow id, so activity retries are harmless. */
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
