/** A fresh set of recovery codes for an operator; the earlier ones (used or not) stop working. Shown once: only hashes are kept. */
import type { Prisma } from '@prisma/client';
import { newId } from '../../lib/ids';
import { RECOVERY_CODE_COUNT, newRecoveryCode, recoveryCodeHash } from '../../lib/two-factor/recovery-codes';

export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ id: newId('recoveryCode'), userId, codeHash: recoveryCodeHash(code)! })) });
  return codes;
}
