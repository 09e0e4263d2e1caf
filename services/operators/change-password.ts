/** A signed-in operator changes their password, proving the current one; all their sessions end (the caller signs this one in again). */
import type { DashboardUser } from '@prisma/client';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { hashPassword, verifyPassword } from '../../lib/secrets';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { endSessionsAndResets } from './end-dashboard-sessions';

export async function changePassword(db: Database, user: DashboardUser, input: { current: string; password: string }, ipAddress: string | null): Promise<void> {
  if (!(await verifyPassword(input.current, user.passwordHash))) {
    throw new AppError('VALIDATION_ERROR', 'The password was not changed.', [{ field: 'current', message: 'This is not your current password.' }]);
  }
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.dashboardUser.update({ where: { id: user.id }, data: { passwordHash } });
    await endSessionsAndResets(tx, user.id, now);
  });
  await recordAuditEntry(db, { accountId: user.accountId, userId: user.id, email: user.email, ipAddress }, 'operator.password_changed', user.id);
}
