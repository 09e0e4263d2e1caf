import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { LinkActivities } from '../activities';
import {
  FAILURE_TYPES,
  SEARCH_ATTRIBUTES,
  awaitCreationUpdate,
  MAX_CLAIMS_PER_UPDATE,
  claimUseUpdate,
  claimUsesUpdate,
  deactivateSignal,
  getStateQuery,
  type ClaimUseInput,
  type ClaimUseOutcome,
  type LinkState,
  type LinkStatus,
  type MagicLinkInput,
  usesCountedSignal,
} from './definitions';

const { recordLinkCreated, recordLinkStatus } = proxyActivities<LinkActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
});

// Clicks wait on these: a local activity runs inside the workflow task, saving the round trips of a scheduled
// activity. Idempotent by session id like every activity; a click that fails for lack of credits is final.
const { claimLinkUse, claimLinkUses, readLinkUses } = proxyLocalActivities<LinkActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds', nonRetryableErrorTypes: [FAILURE_TYPES.accountUnavailable] },
});

/** While an UNLIMITED link's clicks happen, its count is re-read from the row this often (getState's staleness). */
const COUNT_REFRESH_MS = 2_000;

const REJECTION: Record<Exclude<LinkStatus, 'ACTIVE'>, { type: string; message: string }> = {
  EXHAUSTED: { type: FAILURE_TYPES.linkExhausted, message: 'This link has no uses left' },
  EXPIRED: { type: FAILURE_TYPES.linkExpired, message: 'This link has expired' },
  DEACTIVATED: { type: FAILURE_TYPES.linkDeactivated, message: 'This link was deactivated' },
};

/**
 * One reusable link (id `link:<lnk_id>`): counts its uses exactly, expires on a durable timer, and ends in
 * EXHAUSTED, EXPIRED or DEACTIVATED. A limited link's clicks come as `claimUses` updates, each a batch of the clicks
 * that arrived together (`claimUse`, one click per update, is still answered for callers of older versions); the
 * validators turn dead links away without writing history. Runs continue-as-new after `continueAsNewAfter` updates,
 * carrying the count. An UNLIMITED link's clicks are counted by the API in the link's row, unserialised; this
 * workflow re-reads that count while the API signals clicks (`usesCounted`) and takes the final one when it records
 * the link's end.
 */
export async function magicLinkWorkflow(input: MagicLinkInput): Promise<LinkState> {
  const expiresAtMs = input.expiresAt ? Date.parse(input.expiresAt) : null;
  let status: LinkStatus = 'ACTIVE';
  let usesConsumed = input.carried?.usesConsumed ?? 0;
  let claimsInFlight = 0;
  let claimsThisRun = 0;
  let recorded = input.settings === undefined;
  let handingOver = false;
  // UNLIMITED links: the API said clicks were counted since the last read; a refresh loop is running.
  let usesCounted = false;
  let refreshing = false;

  const usesRemaining = () => (input.maxUses === null ? null : Math.max(0, input.maxUses - usesConsumed));
  const state = (): LinkState => ({ linkId: input.linkId, status, usesConsumed, usesRemaining: usesRemaining(), claimsInFlight });
  const isExpired = () => expiresAtMs !== null && Date.now() >= expiresAtMs;
  const terminal = () => status !== 'ACTIVE';

  setHandler(getStateQuery, state);
  setHandler(awaitCreationUpdate, async () => {
    await condition(() => recorded);
    return state();
  });
  setHandler(deactivateSignal, () => {
    if (status === 'ACTIVE') status = 'DEACTIVATED';
  });
  setHandler(
    claimUseUpdate,
    async ({ sessionId, tokenHash }) => {
      // Counted before the first await, so the next click's validator already sees this one.
      claimsInFlight += 1;
      try {
        await condition(() => recorded);
        const result = await claimLinkUse({ linkId: input.linkId, accountId: input.accountId, sessionId, tokenHash }).catch((error: unknown) => {
          // The caller sees the business reason, not the activity wrapper around it.
          if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) throw error.cause;
          throw error;
        });
        usesConsumed += 1;
        claimsThisRun += 1;
        if (input.maxUses !== null && usesConsumed >= input.maxUses && status === 'ACTIVE') status = 'EXHAUSTED';
        return { sessionId: result.sessionId, usesConsumed };
      } finally {
        claimsInFlight -= 1;
      }
    },
    {
      validator: (_claim: ClaimUseInput) => refuseUnlessOpen(),
    },
  );
  setHandler(
    claimUsesUpdate,
    async (claims) => {
      // Granted before the first await, in order, so the next batch's validator already counts these.
      const granted = input.maxUses === null ? claims.length : Math.min(claims.length, input.maxUses - usesConsumed - claimsInFlight);
      claimsInFlight += granted;
      try {
        await condition(() => recorded);
        const { created } = await claimLinkUses({ linkId: input.linkId, claims: claims.slice(0, granted) });
        const outcomes = claims.map((_claim, index): ClaimUseOutcome => {
          if (index >= granted) return 'LINK_EXHAUSTED';
          return created[index] ? 'CLAIMED' : 'ACCOUNT_UNAVAILABLE';
        });
        usesConsumed += created.filter(Boolean).length;
        // Counted per update: what bounds a run is its updates and history, not the clicks inside them.
        claimsThisRun += 1;
        if (input.maxUses !== null && usesConsumed >= input.maxUses && status === 'ACTIVE') status = 'EXHAUSTED';
        return { outcomes, usesConsumed };
      } finally {
        claimsInFlight -= granted;
      }
    },
    {
      validator: (claims: ClaimUseInput[]) => {
        if (!Array.isArray(claims) || claims.length === 0 || claims.length > MAX_CLAIMS_PER_UPDATE) {
          throw ApplicationFailure.nonRetryable(`A batch holds 1 to ${MAX_CLAIMS_PER_UPDATE} claims`, 'INVALID_CLAIMS');
        }
        refuseUnlessOpen();
      },
    },
  );
  setHandler(usesCountedSignal, () => {
    usesCounted = true;
    if (!refreshing && input.maxUses === null && !terminal() && !handingOver) void refreshCount();
  });

  // Validators must not change state: rejected updates leave no history to replay them from.
  function refuseUnlessOpen(): void {
    if (status !== 'ACTIVE') throw ApplicationFailure.nonRetryable(REJECTION[status].message, REJECTION[status].type);
    if (isExpired()) throw ApplicationFailure.nonRetryable(REJECTION.EXPIRED.message, REJECTION.EXPIRED.type);
    if (input.maxUses !== null && usesConsumed + claimsInFlight >= input.maxUses) {
      throw ApplicationFailure.nonRetryable(REJECTION.EXHAUSTED.message, REJECTION.EXHAUSTED.type);
    }
    if (handingOver) throw ApplicationFailure.nonRetryable('The link is busy; retry the click', FAILURE_TYPES.linkBusy);
  }

  /**
   * An UNLIMITED link's count, learned in batches while clicks happen: re-read from the row every COUNT_REFRESH_MS
   * until a read finds it unchanged and no new signal came. An idle link writes no history.
   */
  async function refreshCount(): Promise<void> {
    refreshing = true;
    try {
      for (;;) {
        usesCounted = false;
        const counted = await readLinkUses({ linkId: input.linkId });
        if (terminal() || handingOver) return;
        const moved = counted !== usesConsumed;
        usesConsumed = Math.max(usesConsumed, counted);
        if (!moved && !usesCounted) return;
        if (await condition(() => terminal() || handingOver, COUNT_REFRESH_MS)) return;
      }
    } finally {
      refreshing = false;
    }
  }

  if (input.settings) {
    await recordLinkCreated({ settings: input.settings, occurredAt: new Date(Date.now()).toISOString() });
    recorded = true;
  }

  const shouldHandOver = () => claimsThisRun >= input.continueAsNewAfter || workflowInfo().continueAsNewSuggested;
  for (;;) {
    const wake = () => terminal() || shouldHandOver();
    if (expiresAtMs === null) await condition(wake);
    else if (!(await condition(wake, Math.max(0, expiresAtMs - Date.now()))) && status === 'ACTIVE') status = 'EXPIRED';
    if (terminal()) break;
    // Stop accepting clicks, let the accepted ones finish, then hand the count to the next run.
    handingOver = true;
    await condition(() => (claimsInFlight === 0 && !refreshing) || terminal());
    if (terminal()) break;
    await condition(allHandlersFinished);
    await continueAsNew<typeof magicLinkWorkflow>({ ...input, settings: undefined, carried: { usesConsumed } });
  }

  // Terminal: clicks already accepted finish first, so the recorded count is final.
  await condition(() => claimsInFlight === 0 && !refreshing);
  upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.LinkStatus, value: status }]);
  // The row's count, final once recorded: an UNLIMITED link's clicks are counted by the API, not here (older
  // histories recorded no result, hence the fallback).
  usesConsumed =
    (await recordLinkStatus({ linkId: input.linkId, status, usesConsumed, occurredAt: new Date(Date.now()).toISOString() })) ?? usesConsumed;
  await condition(allHandlersFinished);
  return state();
}
