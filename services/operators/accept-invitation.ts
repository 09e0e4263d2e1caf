/** The invited person chooses a password: the invitation is used up and they become a member with its role. */
import { Prisma, type DashboardInvitation, type DashboardUser } from '@prisma/client';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { hashPassword, sha256Hex } from '../../lib/secrets';
import { recordAuditEntry } from '../audit/record-audit-entry';

const UNUSABLE = 'This invitation link has been used, has expired or was withdrawn. Ask an admin of the account for a new one.';

/** The invitation a link's token opens, while it is still usable; null otherwise. */
export async function findOpenInvitation(db: Database, token: string): Promise<(DashboardInvitation & { account: { name: string } }) | null> {
  return db.dashboardInvitation.findFirst({
    where: { tokenHash: sha256Hex(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    include: { account: { select: { name: true } } },
  });
}

export async function acceptInvitation(db: Database, token: string, password: string, ipAddress: string | null): Promise<DashboardUser> {
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const accepted = await db
    .$transaction(async (tx) => {
      const invitation = await tx.dashboardInvitation.findUnique({ where: { tokenHash: sha256Hex(token) } });
      // The guarded update makes the link single-use even when it is submitted twice at once.
      const { count } = await tx.dashboardInvitation.updateMany({
        where: { tokenHash: sha256Hex(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (!invitation || count === 0) throw new AppError('LINK_EXPIRED', UNUSABLE);
      const user = await tx.dashboardUser.create({
        data: { id: newId('dashboardUser', now), accountId: invitation.accountId, email: invitation.email, passwordHash, role: invitation.role, lastSignInAt: now },
      });
      return { invitation, user };
    })
    .catch((error: unknown) => {
      // Someone signed up with the email meanwhile (another account's invitation).
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('INVALID_STATE', 'This email already signs in to a Magic Link dashboard; sign in instead.');
      }
      throw error;
    });
  const { invitation, user } = accepted;
  await recordAuditEntry(db, { accountId: user.accountId, userId: user.id, email: user.email, ipAddress }, 'member.invitation_accepted', user.id, {
    invitationId: invitation.id,
    role: user.role,
  });
  return user;
}
