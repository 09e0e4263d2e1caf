/**
 * An admin invites a person to the account's dashboard with a role: an emailed link with a random token (stored only
 * as its hash), single use and valid for INVITATION_SECONDS. A newer invitation to the same email replaces the open one.
 */
import type { DashboardInvitation } from '@prisma/client';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { ROLE_LABELS } from '../../lib/operator-roles';
import { newSecret, sha256Hex } from '../../lib/secrets';
import { recordAuditEntry, type AuditActor } from '../audit/record-audit-entry';
import type { TInvitation } from '../schemas/operators';
import { sendOperatorEmail, type OperatorEmailDeps } from './send-operator-email';

const INVITATION_SECONDS = 7 * 24 * 60 * 60;

export interface InvitationDeps extends OperatorEmailDeps {
  publicBaseUrl: string;
}

export async function inviteOperator(
  deps: InvitationDeps,
  inviter: AuditActor & { accountName: string },
  input: TInvitation,
): Promise<{ invitation: DashboardInvitation; delivery: 'SENT' | 'OUTBOX' | 'FAILED' }> {
  const { db } = deps;
  if (await db.dashboardUser.findUnique({ where: { email: input.email }, select: { id: true } })) {
    // Emails are unique across every account's dashboard: one email signs in to one account.
    throw new AppError('VALIDATION_ERROR', 'The invitation was not sent.', [{ field: 'email', message: 'This email already signs in to a Magic Link dashboard.' }]);
  }
  const token = newSecret();
  const now = new Date();
  const invitation = await db.$transaction(async (tx) => {
    await tx.dashboardInvitation.updateMany({
      where: { accountId: inviter.accountId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    return tx.dashboardInvitation.create({
      data: {
        id: newId('dashboardInvitation', now),
        accountId: inviter.accountId,
        email: input.email,
        role: input.role,
        tokenHash: sha256Hex(token),
        invitedById: inviter.userId,
        expiresAt: new Date(now.getTime() + INVITATION_SECONDS * 1000),
      },
    });
  });
  const delivery = await sendOperatorEmail(deps, {
    accountId: inviter.accountId,
    accountName: inviter.accountName,
    to: input.email,
    kind: 'TEAM_INVITATION',
    subject: `You are invited to the ${inviter.accountName} dashboard`,
    lines: [
      `${inviter.email} invites you to review identity verifications for ${inviter.accountName}, as ${ROLE_LABELS[input.role].toLowerCase()}.`,
      `Choose a password to accept. The link works once, within ${INVITATION_SECONDS / 86_400} days.`,
    ],
    url: `${deps.publicBaseUrl}/dashboard/invitation?token=${token}`,
    button: 'Accept the invitation',
    idempotencyKey: `invitation:${invitation.id}`,
  });
  await recordAuditEntry(db, inviter, 'member.invited', invitation.id, { email: input.email, role: input.role, delivery });
  return { invitation, delivery };
}
