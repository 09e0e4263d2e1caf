/**
 * Checks a second factor of an operator with two-factor sign-in on: a code from their app (each accepted once: its
 * step is recorded under a condition, so two requests racing with one code cannot both pass) or one of their recovery
 * codes (each used once). The caller throttles and records failures.
 */
import type { Database } from '../../lib/db';
import type { Keyring } from '../../lib/keyring';
import { recoveryCodeHash } from '../../lib/two-factor/recovery-codes';
import { openTotpSecret } from '../../lib/two-factor/sealed-secret';
import { acceptedTotpStep } from '../../lib/two-factor/totp';

export type SecondFactor = { method: 'TOTP' } | { method: 'RECOVERY_CODE'; recoveryCodesLeft: number };

export async function verifySecondFactor(db: Database, keyring: Keyring, userId: string, code: string): Promise<SecondFactor | null> {
  const credential = await db.twoFactorCredential.findUnique({ where: { userId } });
  if (!credential?.enabledAt) return null;
  const step = acceptedTotpStep(openTotpSecret(keyring, userId, credential.secretCiphertext), code, credential.lastUsedStep);
  if (step !== null) {
    const recorded = await db.twoFactorCredential.updateMany({
      where: { userId, enabledAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
      data: { lastUsedStep: step },
    });
    return recorded.count === 1 ? { method: 'TOTP' } : null;
  }
  const codeHash = recoveryCodeHash(code);
  if (!codeHash) return null;
  const used = await db.recoveryCode.updateMany({ where: { userId, codeHash, usedAt: null }, data: { usedAt: new Date() } });
  if (used.count !== 1) return null;
  return { method: 'RECOVERY_CODE', recoveryCodesLeft: await db.recoveryCode.count({ where: { userId, usedAt: null } }) };
}
