/** Changes an account's automatic-decision policy (the API's `PATCH /account`, the dashboard's form); what is left out stays. */
import type { Account } from '@prisma/client';
import type { Database } from '../../lib/db';

export async function updateDecisionPolicy(db: Database, accountId: string, policy: { autoApprove?: boolean; autoDeny?: boolean }): Promise<Account> {
  return db.account.update({ where: { id: accountId }, data: policy });
}
