/** An admin changes a member's role; the last admin stays one. */
import type { OperatorRole } from '@prisma/client';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { recordAuditEntry, type AuditActor } from '../audit/record-audit-entry';
import { LAST_ADMIN, lockedAdminIds } from './lock-admins';

export async function changeOperatorRole(db: Database, actor: AuditActor, userId: string, role: OperatorRole): Promise<void> {
  const change = await db.$transaction(async (tx) => {
    const admins = await lockedAdminIds(tx, actor.accountId);
    const member = await tx.dashboardUser.findFirst({ where: { id: userId, accountId: actor.accountId } });
    if (!member) throw new AppError('NOT_FOUND', 'No such member in this account.');
    if (member.role === role) return null;
    if (member.role === 'ADMIN' && admins.length <= 1) throw new AppError('INVALID_STATE', LAST_ADMIN);
    await tx.dashboardUser.update({ where: { id: member.id }, data: { role } });
    return { email: member.email, from: member.role, to: role };
  });
  if (change) await recordAuditEntry(db, actor, 'member.role_changed', userId, change);
}
