/** Turns an operator's two-factor sign-in off (the route checks a code first): the secret and the recovery codes go. */
import type { Database } from '../../lib/db';

export async function disableTwoFactor(db: Database, userId: string): Promise<void> {
  await db.$transaction([db.recoveryCode.deleteMany({ where: { userId } }), db.twoFactorCredential.deleteMany({ where: { userId } })]);
}
