/** Revokes an API key (the API and the dashboard alike). */
import type { ApiKey } from '@prisma/client';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';

/** Revokes a key of the account (again: no change); the last active admin key is refused, so the account keeps one. */
export async function revokeApiKey(db: Database, accountId: string, id: string): Promise<ApiKey> {
  return db.$transaction(async (tx) => {
    // Serialises revocations per account, so two concurrent revokes cannot remove the last two admin keys.
    await tx.$executeRaw`SELECT 1 FROM "Account" WHERE id = ${accountId} FOR UPDATE`;
    const key = await tx.apiKey.findFirst({ where: { id, accountId } });
    if (!key) throw new AppError('NOT_FOUND', `API key ${id} not found`);
    if (key.revokedAt) return key;
    if (key.role === 'ADMIN') {
      const otherAdmins = await tx.apiKey.count({ where: { accountId, role: 'ADMIN', revokedAt: null, id: { not: id } } });
      if (otherAdmins === 0) throw new AppError('INVALID_STATE', 'This is the last active admin key; create another admin key first');
    }
    return tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  });
}
