/**
 * Reusable links. Creating one starts its magicLinkWorkflow and waits (update-with-start) until the workflow has
 * recorded it; clicks reach the workflow through the public routes; deactivation is a signal.
 */
import { Router } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { WithStartWorkflowOperation, WorkflowNotFoundError } from '@temporalio/client';
import type { Link } from '@prisma/client';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../lib/errors';
import { idFromRequestKey, newSlug } from '../../lib/ids';
import {
  SEARCH_ATTRIBUTES,
  WORKFLOW_TYPES,
  awaitCreationUpdate,
  deactivateSignal,
  workflowIds,
  type LinkSettings,
  type MagicLinkInput,
} from '../../workflows/definitions';
import type { AppDeps } from '../app';
import { principalOf } from '../middleware/auth';
import { idempotentCreate } from '../middleware/idempotency';
import { linkFunnel } from '../link-funnel';
import { renderQrCode } from '../qr';
import { errorResponses, listResponse, pageOf, parseInput } from '../schemas/common';
import {
  RENEWAL_FIELDS,
  ZCreateLinkRequest,
  ZLink,
  ZLinkIdParams,
  ZLinkListQuery,
  ZLinkStats,
  ZQrQuery,
  ZUpdateLinkRequest,
} from '../schemas/links';
import { waitForWorker } from '../temporal-wait';
import { workflowUrl } from '../temporal-ui';

/** How long deactivation waits for the workflow to record it before answering with the workflow's own state. */
const DEACTIVATION_WAIT_MS = 10_000;

export function linkRoutes({ db, temporal, config }: Pick<AppDeps, 'db' | 'temporal' | 'config'>): Router {
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
      const { accountId } = principalOf(res);
      const linkId = idFromRequestKey('link', requestKey);
      const settings: LinkSettings = {
        linkId,
        accountId,
        slug: newSlug(),
        name: body.name,
        flow: body.flow,
        usageType: body.usage.type,
        maxUses: body.usage.type === 'SINGLE' ? 1 : body.usage.type === 'MULTI' ? body.usage.maxUses : null,
        expiresAt: body.expiresAt ? new Date(body.expiresAt).toISOString() : null,
        language: body.language,
        successUrl: body.successUrl ?? null,
        errorUrl: body.errorUrl ?? null,
        callbackUrl: body.callbackUrl ?? null,
      };
      const input: MagicLinkInput = {
        linkId,
        accountId,
        usageType: settings.usageType,
        maxUses: settings.maxUses,
        expiresAt: settings.expiresAt,
        continueAsNewAfter: config.links.continueAsNewAfter,
        settings,
      };
      const usage = settings.maxUses === null ? 'unlimited' : `${settings.maxUses} use${settings.maxUses === 1 ? '' : 's'}`;
      const startWorkflowOperation = new WithStartWorkflowOperation(WORKFLOW_TYPES.magicLink, {
        workflowId: workflowIds.magicLink(linkId),
        taskQueue: config.temporal.taskQueue,
        args: [input],
        // A retried request (same request key, so same link id) joins the workflow the first one started.
        workflowIdConflictPolicy: 'USE_EXISTING',
        typedSearchAttributes: [
          { key: SEARCH_ATTRIBUTES.AccountId, value: accountId },
          { key: SEARCH_ATTRIBUTES.LinkId, value: linkId },
          { key: SEARCH_ATTRIBUTES.LinkStatus, value: 'ACTIVE' },
        ],
        staticSummary: `Link "${settings.name}" — ${settings.flow}, ${usage}${settings.expiresAt ? `, expires ${settings.expiresAt}` : ''}`,
      });
      await waitForWorker(temporal.workflow.executeUpdateWithStart(awaitCreationUpdate, { startWorkflowOperation }), 'link creation');
      return { status: 201, body: view(await db.link.findUniqueOrThrow({ where: { id: linkId } })) };
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
    const { name } = parseInput(ZUpdateLinkRequest, body);
    // The name is a label in our records only; the workflow does not hold it.
    res.json(view(await db.link.update({ where: { id: link.id }, data: { name } })));
  });

  router.post('/links/:id/deactivate', async (req, res) => {
    const link = await findLink(principalOf(res).accountId, req.params.id);
    if (link.status !== 'ACTIVE') {
      res.json(view(link));
      return;
    }
    try {
      await temporal.workflow.getHandle(workflowIds.magicLink(link.id)).signal(deactivateSignal);
    } catch (error) {
      // Its workflow already finished (expired or used up a moment ago): the row says which.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
    res.json(view(await waitUntilInactive(link.id)));
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

  async function waitUntilInactive(linkId: string): Promise<Link> {
    const deadline = Date.now() + DEACTIVATION_WAIT_MS;
    for (;;) {
      const link = await db.link.findUniqueOrThrow({ where: { id: linkId } });
      if (link.status !== 'ACTIVE') return link;
      if (Date.now() > deadline) {
        // The signal is durable; only its projection is late (worker busy or down).
        return { ...link, status: 'DEACTIVATED' };
      }
      await sleep(50);
    }
  }

  return router;
}

export function publicLinkUrl(slug: string, config: AppDeps['config']): string {
  return `${config.http.publicBaseUrl}/l/${slug}`;
}

/** What a QR code encodes: the public URL with a source marker, so scans are counted apart from other views. */
export function qrTarget(link: Pick<Link, 'slug'>, config: AppDeps['config']): string {
  return `${publicLinkUrl(link.slug, config)}?src=qr`;
}

export function linkView(link: Link, config: AppDeps['config']) {
  // Past its expiry a link is expired even in the instant before its workflow's timer records it.
  const status = link.status === 'ACTIVE' && link.expiresAt && link.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : link.status;
  return {
    id: link.id,
    name: link.name,
    flow: link.flow,
    usage: { type: link.usageType, maxUses: link.maxUses },
    status,
    usesConsumed: link.usesConsumed,
    usesRemaining: link.maxUses === null ? null : Math.max(0, link.maxUses - link.usesConsumed),
    views: link.views,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    language: link.language,
    successUrl: link.successUrl,
    errorUrl: link.errorUrl,
    callbackUrl: link.callbackUrl,
    url: publicLinkUrl(link.slug, config),
    qrCodeUrl: `${config.http.publicBaseUrl}/api/v1/links/${link.id}/qr.svg`,
    temporalUrl: workflowUrl(config, workflowIds.magicLink(link.id)),
    createdAt: link.createdAt.toISOString(),
  };
}

export function describeLinkRoutes(registry: OpenAPIRegistry): void {
  const linkResponse = (description: string) => ({ description, content: { 'application/json': { schema: ZLink } } });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/links',
    summary: 'Create a reusable link (single, multi or unlimited use, optional expiry); honours Idempotency-Key',
    tags: ['Links'],
    request: { body: { content: { 'application/json': { schema: ZCreateLinkRequest } } } },
    responses: { 201: linkResponse('The link'), ...errorResponses(400, 401, 409, 413, 422, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/links',
    summary: 'Links, newest first, optionally by status',
    tags: ['Links'],
    request: { query: ZLinkListQuery },
    responses: { 200: { description: 'A page of links', content: { 'application/json': { schema: listResponse(ZLink, 'LinkPage') } } }, ...errorResponses(401, 422) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/links/{id}',
    summary: 'One link',
    tags: ['Links'],
    request: { params: ZLinkIdParams },
    responses: { 200: linkResponse('The link'), ...errorResponses(401, 404) },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/links/{id}',
    summary: 'Rename a link; its usage limit and expiry can never change (422 NO_RENEWALS)',
    tags: ['Links'],
    request: { params: ZLinkIdParams, body: { content: { 'application/json': { schema: ZUpdateLinkRequest } } } },
    responses: { 200: linkResponse('The link'), ...errorResponses(400, 401, 404, 422) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/links/{id}/deactivate',
    summary: 'Deactivate a link, permanently (idempotent)',
    tags: ['Links'],
    request: { params: ZLinkIdParams },
    responses: { 200: linkResponse('The link'), ...errorResponses(401, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/links/{id}/stats',
    summary: 'Funnel counts: views, clicks, sessions started, submitted and decided',
    tags: ['Links'],
    request: { params: ZLinkIdParams },
    responses: { 200: { description: 'Counts', content: { 'application/json': { schema: ZLinkStats } } }, ...errorResponses(401, 404) },
  });
  for (const format of ['svg', 'png'] as const) {
    registry.registerPath({
      method: 'get',
      path: `/api/v1/links/{id}/qr.${format}`,
      summary: `QR code of the public URL as ${format.toUpperCase()} (scans are counted as QR views)`,
      tags: ['Links'],
      request: { params: ZLinkIdParams, query: ZQrQuery },
      responses: { 200: { description: `The QR code (image/${format === 'svg' ? 'svg+xml' : 'png'})` }, ...errorResponses(401, 404, 422) },
    });
  }
}
