/**
 * How the API talks to verification session workflows. A session nobody opened yet is a delayed workflow (see
 * sessions/start-session-workflow.ts): only signal-with-start reaches it, so every message starts with one, which also
 * starts the workflow from the session's row should its creation have been interrupted. Refusals from the workflow
 * come back as AppErrors with the matching code.
 */
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Session } from '@prisma/client';
import type { Config } from '../../lib/config';
import { AppError } from '../../lib/errors';
import { sessionWorkflowInput, sessionWorkflowStartOptions } from './start-session-workflow';
import {
  SESSION_FAILURES,
  WORKFLOW_TYPES,
  getStatusQuery,
  wakeSignal,
  workflowIds,
  type SessionProgress,
} from '../../workflows/definitions';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';
import { waitForWorker } from '../temporal-wait';

export interface SessionWorkflows {
  signal<Args extends unknown[]>(session: Session, signal: SignalDefinition<Args>, ...args: Args): Promise<void>;
  update<Ret, Args extends unknown[]>(session: Session, update: UpdateDefinition<Ret, Args>, args: Args, updateId?: string): Promise<Ret>;
  progress(session: Session): Promise<SessionProgress>;
}

export function sessionWorkflows(temporal: Client, config: Config): SessionWorkflows {
  const signal = async <Args extends unknown[]>(session: Session, definition: SignalDefinition<Args>, ...args: Args) => {
    await temporal.workflow.signalWithStart(WORKFLOW_TYPES.verificationSession, {
      ...sessionWorkflowStartOptions(sessionWorkflowInput(session, config.sessions), config.temporal.taskQueue),
      signal: definition as SignalDefinition<unknown[]>,
      signalArgs: args,
    });
  };
  return {
    signal,
    async update<Ret, Args extends unknown[]>(session: Session, definition: UpdateDefinition<Ret, Args>, args: Args, updateId?: string): Promise<Ret> {
      await signal(session, wakeSignal);
      const handle = temporal.workflow.getHandle(workflowIds.verificationSession(session.id));
      try {
        // The SDK's overloads cannot see that a generic `Args` is a tuple; the definition keeps the call typed for callers.
        const call = handle.executeUpdate(definition as unknown as UpdateDefinition<Ret, [unknown]>, {
          args: args as unknown as [unknown],
          ...(updateId ? { updateId } : {}),
        });
        return await waitForWorker(call, 'session step');
      } catch (error) {
        throw refusalOf(error) ?? error;
      }
    },
    progress(session) {
      return waitForWorker(temporal.workflow.getHandle(workflowIds.verificationSession(session.id)).query(getStatusQuery), 'session status');
    },
  };
}

const REFUSAL_CODES = {
  [SESSION_FAILURES.invalidState]: 'INVALID_STATE',
  [SESSION_FAILURES.sessionExpired]: 'SESSION_EXPIRED',
  [SESSION_FAILURES.missingDocuments]: 'MISSING_DOCUMENTS',
  [SESSION_FAILURES.notStarted]: 'SESSION_NOT_STARTED',
} as const;

function refusalOf(error: unknown): AppError | null {
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return null;
  const failure = error.cause;
  const code = REFUSAL_CODES[failure.type as keyof typeof REFUSAL_CODES];
  if (!code) return null;
  // MISSING_DOCUMENTS carries the missing kinds as details.
  const missing = (failure.details?.[0] ?? []) as string[];
  const details = code === 'MISSING_DOCUMENTS' ? missing.map((kind) => ({ field: kind, message: 'is required' })) : undefined;
  return new AppError(code, failure.message, details?.length ? details : code === 'MISSING_DOCUMENTS' ? [{ field: 'documentType', message: 'is required' }] : undefined);
}
