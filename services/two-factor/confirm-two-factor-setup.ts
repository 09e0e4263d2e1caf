/**
 * Turns two-factor sign-in on once the operator proves their app has the secret (a current code), and hands out the
 * recovery codes, once. The code's step is recorded, so it cannot sign anyone in afterwards.
 */
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import type { Keyring } from '../../lib/keyring';
import { acceptedTotpStep } from '../../lib/two-factor/totp';
import { openTotpSecret } from '../../lib/two-factor/sealed-secret';
import { replaceRecoveryCodes } from './replace-recovery-codes';

/** The recovery codes, or null when the code is not right (the caller counts the failure). */
export async function confirmTwoFactorSetup(db: Database, keyring: Keyring, userId: string, code: string): Promise<string[] | null> {
  const credential = await db.twoFactorCredential.findUnique({ where: { userId } });
  if (!credential || credential.enabledAt) throw new AppError('INVALID_STATE', 'There is no two-factor set-up waiting for a code; start it again.');
  const step = acceptedTotpStep(openTotpSecret(keyring, userId, credential.secretCiphertext), code, null);
  if (step === null) return null;
  return db.$transaction(async (tx) => {
    // The same secret, still unconfirmed: a second confirmation racing this one, or a restart meanwhile, changes nothing.
    const enabled = await tx.twoFactorCredential.updateMany({
      where: { userId, enabledAt: null, secretCiphertext: credential.secretCiphertext },
      data: { enabledAt: new Date(), lastUsedStep: step },
    });
    if (enabled.count !== 1) throw new AppError('INVALID_STATE', 'The two-factor set-up changed meanwhile; reload the page.');
    return replaceRecoveryCodes(tx, userId);
  });
}
