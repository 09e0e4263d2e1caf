/** Where an operator stands with two-factor sign-in: off, set up but not yet confirmed by a code, or on. */
import type { Database } from '../../lib/db';

export type TwoFactorState = { status: 'OFF' } | { status: 'PENDING'; secretCiphertext: string } | { status: 'ON'; recoveryCodesLeft: number };

export async function twoFactorStateOf(db: Database, userId: string): Promise<TwoFactorState> {
  const credential = await db.twoFactorCredential.findUnique({ where: { userId } });
  if (!credential) return { status: 'OFF' };
  if (!credential.enabledAt) return { status: 'PENDING', secretCiphertext: credential.secretCiphertext };
  return { status: 'ON', recoveryCodesLeft: await db.recoveryCode.count({ where: { userId, usedAt: null } }) };
}

/** Whether signing in as this operator takes a code after the password. */
export async function hasTwoFactor(db: Database, userId: string): Promise<boolean> {
  return (await db.twoFactorCredential.count({ where: { userId, enabledAt: { not: null } } })) > 0;
}
