import { proxyActivities } from '@temporalio/workflow';
import type { CreditActivities } from '../activities';
import type { CreditTopUpInput, CreditTopUpResult } from './definitions';

const { recordTopUp } = proxyActivities<CreditActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', nonRetryableErrorTypes: ['NOT_FOUND'] },
});

/**
 * Adds credits to an account. The ledger write is idempotent on `ledgerEntryId`, and the workflow id is derived
 * from the request, so a retried request or activity never adds the credits twice.
 */
export async function creditTopUpWorkflow(input: CreditTopUpInput): Promise<CreditTopUpResult> {
  const credits = await recordTopUp(input);
  return { ledgerEntryId: input.ledgerEntryId, credits };
}
