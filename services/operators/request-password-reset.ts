/**
 * "Forgot your password": a single-use link valid for PASSWORD_RESET_SECONDS, emailed to a known address. An unknown
 * address gets nothing, and the caller answers the same either way; a new request ends the earlier links.
 */
import { newId } from '../../lib/ids';
import { newSecret, sha256Hex } from '../../lib/secrets';
import type { InvitationDeps } from './invite-operator';
import { sendOperatorEmail } from './send-operator-email';

const PASSWORD_RESET_SECONDS = 60 * 60;

export async function requestPasswordReset(deps: InvitationDeps, email: string): Promise<void> {
  const { db } = deps;
  const user = await db.dashboardUser.findUnique({ where: { email }, include: { account: { select: { name: true } } } });
  if (!user) return;
  const token = newSecret();
  const now = new Date();
  const reset = await db.$transaction(async (tx) => {
    await tx.dashboardPasswordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    return tx.dashboardPasswordReset.create({
      data: { id: newId('dashboardPasswordReset', now), userId: user.id, tokenHash: sha256Hex(token), expiresAt: new Date(now.getTime() + PASSWORD_RESET_SECONDS * 1000) },
    });
  });
  await sendOperatorEmail(deps, {
    accountId: user.accountId,
    accountName: user.account.name,
    to: user.email,
    kind: 'PASSWORD_RESET',
    subject: `Reset your ${user.account.name} dashboard password`,
    lines: [
      'Someone (we hope you) asked to reset the password of this dashboard sign-in.',
      `The link works once, within ${PASSWORD_RESET_SECONDS / 60} minutes. If you did not ask, ignore this email: your password stays as it is.`,
    ],
    url: `${deps.publicBaseUrl}/dashboard/password-reset/new?token=${token}`,
    button: 'Choose a new password',
    idempotencyKey: `password-reset:${reset.id}`,
  });
}
