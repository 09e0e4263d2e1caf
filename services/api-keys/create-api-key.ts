/** Creates an API key (the API and the dashboard alike): its secret is shown once, only its hash is stored. */
import type { ApiKey } from '@prisma/client';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { idFromRequestKey } from '../../lib/ids';
import { newApiKeySecret, sha256Hex } from '../../lib/secrets';
import type { TCreateApiKeyRequest } from '../schemas/api-keys';

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
