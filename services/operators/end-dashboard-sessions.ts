/** After a password change or reset, every dashboard session of the user ends and open reset links die. */
import type { Transaction } from '../../lib/db';

export async function endSessionsAndResets(tx: Transaction, userId: string, now: Date): Promise<void> {
  await tx.dashboardSession.deleteMany({ where: { userId } });
  await tx.dashboardPasswordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
