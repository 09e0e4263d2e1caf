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
  claimUseUpdate,
  deactivateSignal,
  getStateQuery,
  type ClaimUseInput,
  type LinkState,
  type LinkStatus,
  type MagicLinkInput,
} from './definitions';

const { recordLinkCreated, recordLinkStatus } = proxyActivities<LinkActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
});

// A click waits on this one: a local activity runs inside the workflow task, saving the round trips of a scheduled
// activity. Idempotent by session id like every activity; a click that fails for lack of credits is final.
const { claimLinkUse } = proxyLocalActivities<LinkActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds', nonRetryableErrorTypes: [FAILURE_TYPES.accountUnavailable] },
});

const REJECTION: Record<Exclude<LinkStatus, 'ACTIVE'>, { type: string; message: string }> = {
  EXHAUSTED: { type: FAILURE_TYPES.linkExhausted, message: 'This link has no uses left' },
  EXPIRED: { type: FAILURE_TYPES.linkExpired, message: 'This link has expired' },
  DEACTIVATED: { type: FAILURE_TYPES.linkDeactivated, message: 'This link was deactivated' },
};

/**
 * One reusable link (id `link:<lnk_id>`): counts its uses exactly, expires on a durable timer, and ends in
 * EXHAUSTED, EXPIRED or DEACTIVATED. A limited link's clicks are `claimUse` updates; the validator turns dead links
 * away without writing history. Runs continue-as-new after `continueAsNewAfter` claims, carrying the count. An
 * UNLIMITED link's clicks are counted by the API in the link's row, unserialised; this workflow learns their count
 * in one batch, from the row, when it records the link's end.
 */
export async function magicLinkWorkflow(input: MagicLinkInput): Promise<LinkState> {
  const expiresAtMs = input.expiresAt ? Date.parse(input.expiresAt) : null;
  let status: LinkStatus = 'ACTIVE';
  let usesConsumed = input.carried?.usesConsumed ?? 0;
  let claimsInFlight = 0;
  let claimsThisRun = 0;
  let recorded = input.settings === undefined;
  let handingOver = false;

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
      // Validators must not change state: rejected updates leave no history to replay them from.
      validator: (_claim: ClaimUseInput) => {
        if (status !== 'ACTIVE') throw ApplicationFailure.nonRetryable(REJECTION[status].message, REJECTION[status].type);
        if (isExpired()) throw ApplicationFailure.nonRetryable(REJECTION.EXPIRED.message, REJECTION.EXPIRED.type);
        if (input.maxUses !== null && usesConsumed + claimsInFlight >= input.maxUses) {
          throw ApplicationFailure.nonRetryable(REJECTION.EXHAUSTED.message, REJECTION.EXHAUSTED.type);
        }
        if (handingOver) throw ApplicationFailure.nonRetryable('The link is busy; retry the click', FAILURE_TYPES.linkBusy);
      },
    },
  );

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
    await condition(() => claimsInFlight === 0 || terminal());
    if (terminal()) break;
    await condition(allHandlersFinished);
    await continueAsNew<typeof magicLinkWorkflow>({ ...input, settings: undefined, carried: { usesConsumed } });
  }

  // Terminal: clicks already accepted finish first, so the recorded count is final.
  await condition(() => claimsInFlight === 0);
  upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.LinkStatus, value: status }]);
  // The row's count, final once recorded: an UNLIMITED link's clicks are counted by the API, not here (older
  // histories recorded no result, hence the fallback).
  usesConsumed =
    (await recordLinkStatus({ linkId: input.linkId, status, usesConsumed, occurredAt: new Date(Date.now()).toISOString() })) ?? usesConsumed;
  await condition(allHandlersFinished);
  return state();
}
