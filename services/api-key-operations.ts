/** Creating and revoking API keys, shared by the API and the dashboard so both take exactly one path. */
import type { ApiKey } from '@prisma/client';
import type { Database } from '../lib/db';
import { AppError } from '../lib/errors';
import { idFromRequestKey } from '../lib/ids';
import { newApiKeySecret, sha256Hex } from '../lib/secrets';
import type { TCreateApiKeyRequest } from './schemas/api-keys';

/** A create either made the key (its secret is here, and only here: only its hash is stored) or found the one its request key made. */
export type ApiKeyCreation = { kind: 'created'; key: ApiKey; secret: string } | { kind: 'existing'; key: ApiKey };

/** The key's id derives from `requestKey`, so a request repeated with the same key creates one API key. */
export async function createApiKey(db: Database, accountId: string, { name, role }: TCreateApiKeyRequest, requestKey: string): Promise<ApiKeyCreation> {
  const id = idFromRequestKey('apiKey', requestKey);
  const secret = newApiKeySecret();
  const { count } = await db.apiKey.createMany({
    data: [{ id, accountId, name, role, secretHash: sha256Hex(secret), secretPrefix: secret.slice(0, 10) }],
    skipDuplicates: true,
  });
  const key = await db.apiKey.findFirst({ where: { id, accountId } });
  if (!key) throw new AppError('INVALID_STATE', 'This request key was already used elsewhere; start again with a new one');
  return count === 1 ? { kind: 'created', key, secret } : { kind: 'existing', key };
}

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
