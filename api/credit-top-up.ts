/**
 * Adding credits to an account, from the API or the dashboard: run as the `creditTopUp` workflow (its activity
 * writes the ledger), whose id derives from the request key, so a repeated request adds the credits once.
 */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { CreditLedgerEntry } from '@prisma/client';
import { newId } from '../lib/ids';
import { SEARCH_ATTRIBUTES, WORKFLOW_TYPES, workflowIds, type CreditBalance, type CreditTopUpInput, type CreditTopUpResult } from '../workflows/definitions';
import type { AppDeps } from './app';
import type { TTopUpRequest } from './schemas/account';
import { waitForWorker } from './temporal-wait';

export async function topUpCredits(
  { db, temporal, config }: Pick<AppDeps, 'db' | 'temporal' | 'config'>,
  accountId: string,
  { amount, reason }: TTopUpRequest,
  requestKey: string,
): Promise<{ credits: CreditBalance; ledgerEntry: CreditLedgerEntry }> {
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
  const result = await waitForWorker(handle.result() as Promise<CreditTopUpResult>, 'top-up');
  const ledgerEntry = await db.creditLedgerEntry.findUniqueOrThrow({ where: { id: result.ledgerEntryId } });
  return { credits: result.credits, ledgerEntry };
}
