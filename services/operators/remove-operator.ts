/**
 * An admin removes a member: their dashboard sessions end at once (every request checks its session row), their
 * review claims are released and their reset links die with them. Nobody removes themselves, nor the last admin.
 */
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { recordAuditEntry, type AuditActor } from '../audit/record-audit-entry';
import { LAST_ADMIN, lockedAdminIds } from './lock-admins';

export async function removeOperator(db: Database, actor: AuditActor, userId: string): Promise<void> {
  if (userId === actor.userId) throw new AppError('INVALID_STATE', 'You can’t remove yourself; another admin can.');
  const removed = await db.$transaction(async (tx) => {
    const admins = await lockedAdminIds(tx, actor.accountId);
    const member = await tx.dashboardUser.findFirst({ where: { id: userId, accountId: actor.accountId } });
    if (!member) throw new AppError('NOT_FOUND', 'No such member in this account.');
    if (member.role === 'ADMIN' && admins.length <= 1) throw new AppError('INVALID_STATE', LAST_ADMIN);
    await tx.dashboardSession.deleteMany({ where: { userId } });
    await tx.reviewClaim.deleteMany({ where: { userId } });
    await tx.dashboardUser.delete({ where: { id: userId } });
    return { email: member.email, role: member.role };
  });
  await recordAuditEntry(db, actor, 'member.removed', userId, removed);
}
