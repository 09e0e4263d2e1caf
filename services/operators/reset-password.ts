/** A reset link's holder chooses a new password: the link is used up and every session of the user ends. */
import type { DashboardUser } from '@prisma/client';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { hashPassword, sha256Hex } from '../../lib/secrets';
import { recordAuditEntry } from '../audit/record-audit-entry';
import { endSessionsAndResets } from './end-dashboard-sessions';

const UNUSABLE = 'This reset link has been used or has expired. Ask for a new one.';

/** Whether a reset link's token is still usable (shown before the form, so a dead link says so at once). */
export async function isOpenReset(db: Database, token: string): Promise<boolean> {
  const reset = await db.dashboardPasswordReset.findFirst({ where: { tokenHash: sha256Hex(token), usedAt: null, expiresAt: { gt: new Date() } }, select: { id: true } });
  return reset !== null;
}

export async function resetPassword(db: Database, token: string, password: string, ipAddress: string | null): Promise<DashboardUser> {
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const user = await db.$transaction(async (tx) => {
    const reset = await tx.dashboardPasswordReset.findUnique({ where: { tokenHash: sha256Hex(token) } });
    // The guarded update makes the link single-use even when it is submitted twice at once.
    const { count } = await tx.dashboardPasswordReset.updateMany({ where: { tokenHash: sha256Hex(token), usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (!reset || count === 0) throw new AppError('LINK_EXPIRED', UNUSABLE);
    await endSessionsAndResets(tx, reset.userId, now);
    return tx.dashboardUser.update({ where: { id: reset.userId }, data: { passwordHash } });
  });
  await recordAuditEntry(db, { accountId: user.accountId, userId: user.id, email: user.email, ipAddress }, 'operator.password_reset', user.id);
  return user;
}
