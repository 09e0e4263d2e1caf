import { z } from 'zod';

export const ZApiKey = z
  .object({
    id: z.string().meta({ description: 'The key id: the user part of HTTP Basic auth' }),
    name: z.string(),
    role: z.enum(['ADMIN', 'STANDARD']),
    secretPrefix: z.string().meta({ description: 'The first characters of the secret, to tell keys apart' }),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });

export const ZCreatedApiKey = ZApiKey.extend({
  secret: z
    .string()
    .nullable()
    .meta({ description: 'Shown only in this response; store it now. A replay of the request (same Idempotency-Key) returns null.' }),
}).meta({ id: 'CreatedApiKey' });

export const ZCreateApiKeyRequest = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(['ADMIN', 'STANDARD']).default('STANDARD'),
  })
  .strict()
  .meta({ id: 'CreateApiKeyRequest' });
export type TCreateApiKeyRequest = z.infer<typeof ZCreateApiKeyRequest>;
