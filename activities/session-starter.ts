/** Starts a click's session workflow from an activity; idempotent by workflow id, so activity retries are harmless. */
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { sessionWorkflowStartOptions, startDelayOf } from '../services/session-workflow-start';
import { WORKFLOW_TYPES, type VerificationSessionInput } from '../workflows/definitions';

export type SessionStarter = (input: VerificationSessionInput) => Promise<void>;

export function createSessionStarter(temporal: Client, taskQueue: string): SessionStarter {
  return async (input) => {
    try {
      await temporal.workflow.start(WORKFLOW_TYPES.verificationSession, {
        ...sessionWorkflowStartOptions(input, taskQueue),
        workflowIdConflictPolicy: 'USE_EXISTING',
        startDelay: startDelayOf(input),
      });
    } catch (error) {
      // Already started (or already finished) by an earlier attempt of the same activity.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };
}
