/** New recovery codes for an operator with two-factor sign-in on (the route checks a code first); the old ones stop working. */
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { replaceRecoveryCodes } from './replace-recovery-codes';

export async function regenerateRecoveryCodes(db: Database, userId: string): Promise<string[]> {
  return db.$transaction(async (tx) => {
    if (!(await tx.twoFactorCredential.count({ where: { userId, enabledAt: { not: null } } }))) {
      throw new AppError('INVALID_STATE', 'Two-factor sign-in is off: recovery codes come with turning it on.');
    }
    return replaceRecoveryCodes(tx, userId);
  });
}
