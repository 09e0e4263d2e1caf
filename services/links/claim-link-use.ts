/**
 * Sends one click to a link's workflow as a `claimUse` update. Refusals that only mean "not now" are retried with
 * jittered backoff — Temporal's limit of 10 updates in flight per workflow, a run handing over to the next
 * (continue-as-new) — so a burst of clicks never surfaces them; real refusals come back as outcomes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { status as grpcStatus } from '@grpc/grpc-js';
import { KeyedGate } from './keyed-gate';
import { FAILURE_TYPES, claimUseUpdate, workflowIds, type ClaimUseInput, type ClaimUseResult } from '../../workflows/definitions';

export type ClaimRefusal = 'LINK_EXPIRED' | 'LINK_EXHAUSTED' | 'LINK_DEACTIVATED' | 'ACCOUNT_UNAVAILABLE';

export type ClaimOutcome =
  | { kind: 'claimed'; result: ClaimUseResult }
  | { kind: 'refused'; reason: ClaimRefusal }
  /** The link's workflow has finished: the link is no longer active (its row says why). */
  | { kind: 'closed' }
  /** No answer within the deadline (the worker may be down); the click may still be processed. */
  | { kind: 'timed-out' };

const REFUSALS = new Set<string>([FAILURE_TYPES.linkExpired, FAILURE_TYPES.linkExhausted, FAILURE_TYPES.linkDeactivated, FAILURE_TYPES.accountUnavailable]);
const CLICK_DEADLINE_MS = 20_000;

export type LinkClaimer = (linkId: string, input: ClaimUseInput, stillActive: () => Promise<boolean>) => Promise<ClaimOutcome>;

/**
 * One per app. `stillActive` is asked when the link's workflow is not running: between two runs (continue-as-new)
 * the click is retried; once the link really ended, the outcome is `closed`.
 */
export function createLinkClaimer(temporal: Client): LinkClaimer {
  // Below Temporal's 10 in-flight updates per workflow, leaving room for other API processes.
  const clickGate = new KeyedGate(8);
  return (linkId, input, stillActive) => claimLinkUse(temporal, clickGate, linkId, input, stillActive);
}

async function claimLinkUse(
  temporal: Client,
  clickGate: KeyedGate,
  linkId: string,
  input: ClaimUseInput,
  stillActive: () => Promise<boolean>,
): Promise<ClaimOutcome> {
  const handle = temporal.workflow.getHandle(workflowIds.magicLink(linkId));
  const deadline = Date.now() + CLICK_DEADLINE_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      // The session id is the update id: a resent update is answered, not applied twice.
      const result = await clickGate.run(linkId, () =>
        temporal.connection.withDeadline(deadline, () => handle.executeUpdate(claimUseUpdate, { args: [input], updateId: input.sessionId })),
      );
      return { kind: 'claimed', result };
    } catch (error) {
      const failureType = applicationFailureType(error);
      if (failureType && REFUSALS.has(failureType)) return { kind: 'refused', reason: failureType as ClaimRefusal };
      if (error instanceof WorkflowNotFoundError && !(await stillActive())) return { kind: 'closed' };
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return { kind: 'timed-out' };
      if (!(error instanceof WorkflowNotFoundError) && !isTransient(error, failureType)) throw error;
      if (Date.now() >= deadline) return { kind: 'timed-out' };
      await sleep(backoffMs(attempt));
    }
  }
}

function applicationFailureType(error: unknown): string | undefined {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) return error.cause.type ?? undefined;
  return undefined;
}

function isTransient(error: unknown, failureType: string | undefined): boolean {
  if (failureType === FAILURE_TYPES.linkBusy) return true;
  const cause = error instanceof ServiceError ? (error.cause as { code?: number } | undefined) : undefined;
  return cause?.code === grpcStatus.RESOURCE_EXHAUSTED || cause?.code === grpcStatus.UNAVAILABLE;
}

/** Full jitter over an exponential ceiling (25 ms doubling to 1 s): a burst spreads out instead of retrying in step. */
function backoffMs(attempt: number): number {
  return Math.random() * Math.min(1_000, 25 * 2 ** attempt);
}
