/** Credit ledger writes. Every write is idempotent: the ledger entry id (or its (session, type) pair) is unique. */
import { ApplicationFailure } from '@temporalio/activity';
import type { CreditBalance, CreditTopUpInput } from '../workflows/definitions';
import type { Database } from '../lib/db';
import { creditBalanceOf } from '../lib/credits';

export function createCreditActivities({ db }: { db: Database }) {
  return {
    async recordTopUp(input: CreditTopUpInput): Promise<CreditBalance> {
      return db.$transaction(async (tx) => {
        const account = await tx.account.findUnique({ where: { id: input.accountId }, select: { id: true } });
        if (!account) throw ApplicationFailure.nonRetryable(`Account ${input.accountId} not found`, 'NOT_FOUND');
        const { count } = await tx.creditLedgerEntry.createMany({
          data: [{ id: input.ledgerEntryId, accountId: input.accountId, type: 'TOPUP', amount: input.amount, reason: input.reason }],
          skipDuplicates: true,
        });
        // Only the first write of this entry moves the balance; a retry finds the entry and changes nothing.
        const updated =
          count === 1
            ? await tx.account.update({ where: { id: input.accountId }, data: { creditBalance: { increment: input.amount } } })
            : await tx.account.findUniqueOrThrow({ where: { id: input.accountId } });
        return creditBalanceOf(updated);
      });
    },
  };
}
