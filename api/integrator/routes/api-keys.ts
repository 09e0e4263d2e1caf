/** API keys (admin keys only): create (the secret is shown once), list, revoke. */
import { Router } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { ApiKey } from '@prisma/client';
import { createApiKey } from '../../../services/api-keys/create-api-key';
import { revokeApiKey } from '../../../services/api-keys/revoke-api-key';
import type { AppDeps } from '../../deps';
import { principalOf, requireAdmin } from '../../middleware/auth';
import { idempotentCreate } from '../../middleware/idempotency';
import { ZApiKey, ZCreateApiKeyRequest, ZCreatedApiKey } from '../../../services/schemas/api-keys';
import { ZListQuery, errorResponses, jsonBody, listResponse, pageOf, parseInput } from '../../../services/schemas/common';

const ZKeyParams = z.object({ id: z.string().min(1).max(64) });

export function apiKeyRoutes({ db }: Pick<AppDeps, 'db'>): Router {
  const router = Router();
  router.use('/api-keys', requireAdmin);

  router.post(
    '/api-keys',
    idempotentCreate(db, async (req, res, requestKey) => {
      const creation = await createApiKey(db, principalOf(res).accountId, parseInput(ZCreateApiKeyRequest, req.body), requestKey);
      const view = apiKeyView(creation.key);
      // The secret is shown once: a replay of this request returns the key without it, so it is never stored.
      return { status: 201, body: { ...view, secret: creation.kind === 'created' ? creation.secret : null }, replayBody: { ...view, secret: null } };
    }),
  );

  router.get('/api-keys', async (req, res) => {
    const { limit, cursor } = parseInput(ZListQuery, req.query, 'query');
    const rows = await db.apiKey.findMany({
      where: { accountId: principalOf(res).accountId, ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const { items, nextCursor } = pageOf(rows, limit);
    res.json({ data: items.map(apiKeyView), nextCursor });
  });

  router.delete('/api-keys/:id', async (req, res) => {
    const { id } = parseInput(ZKeyParams, req.params, 'params');
    const revoked = await revokeApiKey(db, principalOf(res).accountId, id);
    res.json(apiKeyView(revoked));
  });

  return router;
}

function apiKeyView(key: ApiKey) {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    secretPrefix: key.secretPrefix,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

export function describeApiKeyRoutes(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'post',
    path: '/api/v1/api-keys',
    summary: 'Create an API key (admin keys only); the secret is in this response only',
    tags: ['API keys'],
    request: { body: jsonBody(ZCreateApiKeyRequest) },
    responses: {
      201: { description: 'The key with its secret', content: { 'application/json': { schema: ZCreatedApiKey } } },
      ...errorResponses(403, 409),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/api-keys',
    summary: "The account's API keys, newest first (no secrets)",
    tags: ['API keys'],
    request: { query: ZListQuery },
    responses: {
      200: { description: 'A page of keys', content: { 'application/json': { schema: listResponse(ZApiKey, 'ApiKeyPage') } } },
      ...errorResponses(403),
    },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/api-keys/{id}',
    summary: 'Revoke an API key (idempotent; the last admin key cannot be revoked)',
    tags: ['API keys'],
    request: { params: ZKeyParams },
    responses: {
      200: { description: 'The revoked key', content: { 'application/json': { schema: ZApiKey } } },
      ...errorResponses(403, 404, 409),
    },
  });
}
