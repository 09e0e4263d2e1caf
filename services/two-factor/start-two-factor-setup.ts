/**
 * Starts setting up two-factor sign-in: a new TOTP secret, kept encrypted and unconfirmed until the operator enters a
 * code from their app (confirm-two-factor-setup.ts). Starting again replaces an unconfirmed secret; an operator who
 * already has two-factor sign-in on must turn it off first.
 */
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import type { Keyring } from '../../lib/keyring';
import { newTotpSecret } from '../../lib/two-factor/totp';
import { sealTotpSecret } from '../../lib/two-factor/sealed-secret';

export async function startTwoFactorSetup(db: Database, keyring: Keyring, userId: string): Promise<void> {
  const secretCiphertext = sealTotpSecret(keyring, userId, newTotpSecret());
  const replaced = await db.twoFactorCredential.updateMany({ where: { userId, enabledAt: null }, data: { secretCiphertext, lastUsedStep: null } });
  if (replaced.count === 1) return;
  if (await db.twoFactorCredential.count({ where: { userId } })) throw new AppError('INVALID_STATE', 'Two-factor sign-in is already on; turn it off first to set up another app.');
  await db.twoFactorCredential.create({ data: { userId, secretCiphertext } });
}
