/**
 * How every verificationSessionWorkflow is started, whoever starts it: the session writer after its commit, the
 * event sweeper for a creation cut short, and (with signal-with-start) every message to a session.
 */
import { WorkflowExecutionAlreadyStartedError, type Client, type WorkflowStartOptions } from '@temporalio/client';
import type { Session } from '@prisma/client';
import type { SessionSettings } from '../../lib/config';
import { SEARCH_ATTRIBUTES, WORKFLOW_TYPES, workflowIds, type MessageChannel, type VerificationSessionInput } from '../../workflows/definitions';

export interface SessionStartDeps {
  temporal: Client;
  taskQueue: string;
  sessionSettings: SessionSettings;
}

/** The columns of a session its workflow input is made of. */
export type SessionStartFields = Pick<
  Session,
  'id' | 'accountId' | 'linkId' | 'clientId' | 'flow' | 'expiresAt' | 'sessionLength' | 'maxAttempts' | 'reminderAt' | 'reminderChannels'
>;

/**
 * Starts the session's workflow, delayed until it has something to do (see `startDelayOf`). Idempotent by the
 * session's id: a second start — a retried activity, a retried request, the sweeper — joins the first or, once it
 * has finished, changes nothing.
 */
export async function startSessionWorkflow(deps: SessionStartDeps, session: SessionStartFields): Promise<void> {
  const input = sessionWorkflowInput(session, deps.sessionSettings);
  try {
    await deps.temporal.workflow.start(WORKFLOW_TYPES.verificationSession, {
      ...sessionWorkflowStartOptions(input, deps.taskQueue),
      workflowIdConflictPolicy: 'USE_EXISTING',
      startDelay: startDelayOf(input),
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/** The workflow input a session was (or would have been) started with, from its row. */
export function sessionWorkflowInput(session: SessionStartFields, settings: SessionSettings): VerificationSessionInput {
  return {
    sessionId: session.id,
    accountId: session.accountId,
    linkId: session.linkId,
    clientId: session.clientId,
    flow: session.flow,
    expiresAt: session.expiresAt.toISOString(),
    sessionLength: session.sessionLength,
    maxAttempts: session.maxAttempts,
    retentionSeconds: settings.retentionSeconds,
    reviewEscalationSeconds: settings.reviewEscalationSeconds,
    verificationEngine: settings.verificationEngine,
    reminderAt: session.reminderAt?.toISOString() ?? null,
    reminderChannels: (session.reminderChannels ?? []).filter((channel): channel is MessageChannel => channel === 'email' || channel === 'sms'),
  };
}

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
