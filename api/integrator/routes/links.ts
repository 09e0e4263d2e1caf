/**
 * Reusable links. Creating and deactivating go through services/links/ (shared with the dashboard); clicks
 * reach the workflow through the public routes.
 */
import { Router } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Link } from '@prisma/client';
import { AppError } from '../../../lib/errors';
import { principalOf } from '../../middleware/auth';
import { idempotentCreate } from '../../middleware/idempotency';
import { linkFunnel } from '../../../services/links/link-funnel';
import { createLink } from '../../../services/links/create-link';
import { deactivateLink } from '../../../services/links/deactivate-link';
import { updateLink } from '../../../services/links/update-link';
import type { ServiceDeps } from '../../../services/deps';
import { renderQrCode } from '../../../services/links/render-qr-code';
import { errorResponses, jsonBody, listResponse, pageOf, parseInput } from '../../../services/schemas/common';
import {
  RENEWAL_FIELDS,
  ZCreateLinkRequest,
  ZLink,
  ZLinkIdParams,
  ZLinkListQuery,
  ZLinkStats,
  ZQrQuery,
  ZUpdateLinkRequest,
} from '../../../services/schemas/links';
import { linkView, qrTarget } from '../../presenters/link';

export function linkRoutes(deps: ServiceDeps): Router {
  const { db, config } = deps;
  const router = Router();
  const view = (link: Link) => linkView(link, config);

  async function findLink(accountId: string, rawId: unknown): Promise<Link> {
    const { id } = parseInput(ZLinkIdParams, { id: rawId }, 'params');
    const link = await db.link.findFirst({ where: { id, accountId } });
    if (!link) throw new AppError('NOT_FOUND', `Link ${id} not found`);
    return link;
  }

  router.post(
    '/links',
    idempotentCreate(db, async (req, res, requestKey) => {
      const body = parseInput(ZCreateLinkRequest, req.body);
      return { status: 201, body: view(await createLink(deps, principalOf(res).accountId, body, requestKey)) };
    }),
  );

  router.get('/links', async (req, res) => {
    const { limit, cursor, status } = parseInput(ZLinkListQuery, req.query, 'query');
    const rows = await db.link.findMany({
      where: { accountId: principalOf(res).accountId, ...(status ? { status } : {}), ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const { items, nextCursor } = pageOf(rows, limit);
    res.json({ data: items.map(view), nextCursor });
  });

  router.get('/links/:id', async (req, res) => {
    res.json(view(await findLink(principalOf(res).accountId, req.params.id)));
  });

  router.patch('/links/:id', async (req, res) => {
    const link = await findLink(principalOf(res).accountId, req.params.id);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const renewals = RENEWAL_FIELDS.filter((field) => typeof body === 'object' && field in body);
    if (renewals.length > 0) {
      throw new AppError(
        'NO_RENEWALS',
        'A link can never be renewed: its usage limit and expiry cannot change. Create a new link instead.',
        renewals.map((field) => ({ field, message: 'cannot be changed after creation' })),
      );
    }
    // The name and the branding are read from the row only; the workflow does not hold them.
    res.json(view(await updateLink(db, link, parseInput(ZUpdateLinkRequest, body))));
  });

  router.post('/links/:id/deactivate', async (req, res) => {
    const link = await findLink(principalOf(res).accountId, req.params.id);
    res.json(view(await deactivateLink(deps, link)));
  });

  router.get('/links/:id/stats', async (req, res) => {
    res.json(await linkFunnel(db, await findLink(principalOf(res).accountId, req.params.id)));
  });

  router.get('/links/:id/qr.:format', async (req, res) => {
    const format = req.params.format;
    if (format !== 'svg' && format !== 'png') throw new AppError('NOT_FOUND', 'QR codes come as qr.svg or qr.png');
    const link = await findLink(principalOf(res).accountId, req.params.id);
    const { size } = parseInput(ZQrQuery, req.query, 'query');
    const image = await renderQrCode(qrTarget(link, config), format, size);
    res.type(format === 'svg' ? 'image/svg+xml' : 'image/png');
    res.setHeader('Content-Disposition', `inline; filename="link-${link.id}.${format}"`);
    res.send(image);
  });

  return router;
}

export function describeLinkRoutes(registry: OpenAPIRegistry): void {
  const linkResponse = (description: string) => ({ description, content: { 'application/json': { schema: ZLink } } });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/links',
    summary: 'Create a reusable link (single, multi or unlimited use, optional expiry); honours Idempotency-Key',
    tags: ['Links'],
    request: { body: jsonBody(ZCreateLinkRequest) },
    responses: { 201: linkResponse('The link'), ...errorResponses(409, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/links',
    summary: 'Links, newest first, optionally by status',
    tags: ['Links'],
    request: { query: ZLinkListQuery },
    responses: { 200: { description: 'A page of links', content: { 'application/json': { schema: listResponse(ZLink, 'LinkPage') } } }, ...errorResponses() },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/links/{id}',
    summary: 'One link',
    tags: ['Links'],
    request: { params: ZLinkIdParams },
    responses: { 200: linkResponse('The link'), ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/links/{id}',
    summary: 'Rename a link or change its branding overrides; its usage limit and expiry can never change (422 NO_RENEWALS)',
    tags: ['Links'],
    request: { params: ZLinkIdParams, body: jsonBody(ZUpdateLinkRequest) },
    responses: { 200: linkResponse('The link'), ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/links/{id}/deactivate',
    summary: 'Deactivate a link, permanently (idempotent)',
    tags: ['Links'],
    request: { params: ZLinkIdParams },
    responses: { 200: linkResponse('The link'), ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/links/{id}/stats',
    summary: 'Funnel counts: views, clicks, sessions started, submitted and decided',
    tags: ['Links'],
    request: { params: ZLinkIdParams },
    responses: { 200: { description: 'Counts', content: { 'application/json': { schema: ZLinkStats } } }, ...errorResponses(404) },
  });
  for (const format of ['svg', 'png'] as const) {
    registry.registerPath({
      method: 'get',
      path: `/api/v1/links/{id}/qr.${format}`,
      summary: `QR code of the public URL as ${format.toUpperCase()} (scans are counted as QR views)`,
      tags: ['Links'],
      request: { params: ZLinkIdParams, query: ZQrQuery },
      responses: {
        200: {
          description: 'The QR code',
          content: format === 'svg' ? { 'image/svg+xml': { schema: { type: 'string' } } } : { 'image/png': { schema: { type: 'string', format: 'binary' } } },
        },
        ...errorResponses(404),
      },
    });
  }
}
