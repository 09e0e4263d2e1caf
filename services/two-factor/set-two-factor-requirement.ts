/** Whether every operator of the account must sign in with a second factor (an admin's setting in the dashboard). */
import type { Database } from '../../lib/db';

export async function setTwoFactorRequirement(db: Database, accountId: string, required: boolean): Promise<void> {
  await db.account.update({ where: { id: accountId }, data: { requireTwoFactor: required } });
}
