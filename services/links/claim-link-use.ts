/**
 * Sends a limited link's clicks to its workflow, several per `claimUses` update: the clicks that arrive while the
 * link's updates are in flight go out together as the next one (lib/keyed-batcher.ts). Refusals that only mean "not
 * now" are retried with jittered backoff — Temporal's limit of 10 updates in flight per workflow, a run handing over
 * to the next (continue-as-new), an update aborted because the workflow task carrying it failed (the server answers
 * FAILED_PRECONDITION "unexpected workflow task failure"; see docs/performance.md) — so a burst of clicks never
 * surfaces them; real refusals come back as outcomes.
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
import { KeyedBatcher } from '../../lib/keyed-batcher';
import { FAILURE_TYPES, MAX_CLAIMS_PER_UPDATE, claimUsesUpdate, workflowIds, type ClaimUseInput, type ClaimUseResult } from '../../workflows/definitions';

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
/**
 * Updates in flight per link from one process. One: every click that arrives meanwhile joins the next batch, which
 * the link's activity writes in one statement — 77–82 clicks/s at concurrency 10 against 51–61 with 3 in flight,
 * whose smaller batches met on the account's row (docs/performance.md). Well below Temporal's 10 per workflow.
 */
const UPDATES_IN_FLIGHT_PER_LINK = 1;

export type LinkClaimer = (linkId: string, input: ClaimUseInput, stillActive: () => Promise<boolean>) => Promise<ClaimOutcome>;

interface PendingClaim {
  claim: ClaimUseInput;
  stillActive: () => Promise<boolean>;
}

/**
 * One per app. `stillActive` is asked when the link's workflow is not running: between two runs (continue-as-new)
 * the clicks are retried; once the link really ended, the outcome is `closed`.
 */
export function createLinkClaimer(temporal: Client): LinkClaimer {
  const batcher = new KeyedBatcher<PendingClaim, ClaimOutcome>(UPDATES_IN_FLIGHT_PER_LINK, MAX_CLAIMS_PER_UPDATE, (linkId, pending) =>
    claimLinkUses(temporal, linkId, pending),
  );
  return (linkId, claim, stillActive) => batcher.run(linkId, { claim, stillActive });
}

async function claimLinkUses(temporal: Client, linkId: string, pending: PendingClaim[]): Promise<ClaimOutcome[]> {
  const handle = temporal.workflow.getHandle(workflowIds.magicLink(linkId));
  const claims = pending.map((entry) => entry.claim);
  const all = (outcome: ClaimOutcome) => claims.map(() => outcome);
  const deadline = Date.now() + CLICK_DEADLINE_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      // The first session id names the batch: a resent update is answered, not applied twice.
      const result = await temporal.connection.withDeadline(deadline, () =>
        handle.executeUpdate(claimUsesUpdate, { args: [claims], updateId: `claims:${claims[0]!.sessionId}` }),
      );
      return result.outcomes.map((outcome, index): ClaimOutcome =>
        outcome === 'CLAIMED' ? { kind: 'claimed', result: { sessionId: claims[index]!.sessionId, usesConsumed: result.usesConsumed } } : { kind: 'refused', reason: outcome },
      );
    } catch (error) {
      const failureType = applicationFailureType(error);
      if (failureType && REFUSALS.has(failureType)) return all({ kind: 'refused', reason: failureType as ClaimRefusal });
      if (error instanceof WorkflowNotFoundError && !(await pending[0]!.stillActive())) return all({ kind: 'closed' });
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return all({ kind: 'timed-out' });
      if (!(error instanceof WorkflowNotFoundError) && !isTransient(error, failureType)) throw error;
      if (Date.now() >= deadline) return all({ kind: 'timed-out' });
      await sleep(backoffMs(attempt));
    }
  }
}

function applicationFailureType(error: unknown): string | undefined {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) return error.cause.type ?? undefined;
  return undefined;
}

/** Not accepted, so safe to send again: the workflow is busy, handing over, or the task carrying the update failed. */
function isTransient(error: unknown, failureType: string | undefined): boolean {
  if (failureType === FAILURE_TYPES.linkBusy) return true;
  const cause = error instanceof ServiceError ? (error.cause as { code?: number } | undefined) : undefined;
  return cause?.code === grpcStatus.RESOURCE_EXHAUSTED || cause?.code === grpcStatus.UNAVAILABLE || cause?.code === grpcStatus.FAILED_PRECONDITION;
}

/** Full jitter over an exponential ceiling (25 ms doubling to 1 s): a burst spreads out instead of retrying in step. */
function backoffMs(attempt: number): number {
  return Math.random() * Math.min(1_000, 25 * 2 ** attempt);
}
