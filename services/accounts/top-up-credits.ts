/**
 * Adding credits to an account, from the API or the dashboard: run as the `creditTopUp` workflow (its activity
 * writes the ledger), whose id derives from the request key, so a repeated request adds the credits once.
 */
import { ActivityFailure, ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowFailedError } from '@temporalio/client';
import type { CreditLedgerEntry } from '@prisma/client';
import { MAX_CREDIT_BALANCE, topUpRoom } from '../../lib/credits';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { INVALID_DATA } from '../../lib/unfixable-errors';
import { SEARCH_ATTRIBUTES, WORKFLOW_TYPES, workflowIds, type CreditBalance, type CreditTopUpInput, type CreditTopUpResult } from '../../workflows/definitions';
import type { ServiceDeps } from '../deps';
import type { TTopUpRequest } from '../schemas/account';
import { waitForWorker } from '../temporal-wait';

export async function topUpCredits(
  { db, temporal, config }: ServiceDeps,
  accountId: string,
  { amount, reason }: TTopUpRequest,
  requestKey: string,
): Promise<{ credits: CreditBalance; ledgerEntry: CreditLedgerEntry }> {
  const { creditBalance } = await db.account.findUniqueOrThrow({ where: { id: accountId }, select: { creditBalance: true } });
  if (amount > topUpRoom(creditBalance)) throw balanceLimit(creditBalance);
  const input: CreditTopUpInput = { accountId, ledgerEntryId: newId('ledgerEntry'), amount, reason: reason ?? null };
  const workflowId = workflowIds.creditTopUp(accountId, requestKey);
  // A repeated request joins (or reads the result of) the workflow the first one started: credits are added once.
  const handle = await temporal.workflow
    .start(WORKFLOW_TYPES.creditTopUp, {
      workflowId,
      taskQueue: config.temporal.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: [{ key: SEARCH_ATTRIBUTES.AccountId, value: accountId }],
      staticSummary: `Top up ${amount} credits`,
    })
    .catch((error: unknown) => {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return temporal.workflow.getHandle(workflowId);
      throw error;
    });
  // Concurrent top-ups may pass the check together; the database then refuses the one past the limit, for good.
  const outcome = (handle.result() as Promise<CreditTopUpResult>).catch((error: unknown) => {
    if (failureTypeOf(error) === INVALID_DATA) throw balanceLimit(creditBalance);
    throw error;
  });
  const result = await waitForWorker(outcome, 'top-up');
  const ledgerEntry = await db.creditLedgerEntry.findUniqueOrThrow({ where: { id: result.ledgerEntryId } });
  return { credits: result.credits, ledgerEntry };
}

function balanceLimit(creditBalance: number): AppError {
  return new AppError('VALIDATION_ERROR', `The balance cannot exceed ${MAX_CREDIT_BALANCE} credits`, [
    { field: 'amount', message: `must be at most ${topUpRoom(creditBalance)} for this account's balance` },
  ]);
}

/** The type of the ApplicationFailure that failed a workflow's activity, if that is how it failed. */
function failureTypeOf(error: unknown): string | null | undefined {
  if (!(error instanceof WorkflowFailedError) || !(error.cause instanceof ActivityFailure)) return undefined;
  return error.cause.cause instanceof ApplicationFailure ? error.cause.cause.type : undefined;
}
