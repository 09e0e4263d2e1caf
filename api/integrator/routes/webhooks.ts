/**
 * Webhook endpoints, their deliveries, manual retry and recovery, and the event log. Secrets are shown in full only
 * when created or rotated; after a rotation the previous secret keeps signing alongside for the configured overlap.
 */
import { Router, type Response } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Delivery, DeliveryAttempt, Event, WebhookEndpoint } from '@prisma/client';
import { AppError } from '../../../lib/errors';
import type { AppDeps } from '../../deps';
import { principalOf } from '../../middleware/auth';
import { idempotentCreate } from '../../middleware/idempotency';
import { ZListQuery, errorResponses, jsonBody, listResponse, pageOf, parseInput } from '../../../services/schemas/common';
import {
  ZCreateWebhookEndpointRequest,
  ZDelivery,
  ZDeliveryListQuery,
  ZEvent,
  ZEventListQuery,
  ZIdParams,
  ZRecoverRequest,
  ZRecoverResponse,
  ZRetryResponse,
  ZRotatedWebhookEndpoint,
  ZTestEventResponse,
  ZUpdateWebhookEndpointRequest,
  ZWebhookEndpoint,
} from '../../../services/schemas/webhooks';
import { createWebhookEndpoint } from '../../../services/webhook-endpoints/create-webhook-endpoint';
import { deleteWebhookEndpoint } from '../../../services/webhook-endpoints/delete-webhook-endpoint';
import { recoverDeliveries } from '../../../services/webhook-endpoints/recover-deliveries';
import { resendDelivery } from '../../../services/webhook-endpoints/resend-delivery';
import { rotateEndpointSecret } from '../../../services/webhook-endpoints/rotate-endpoint-secret';
import { sendTestEvent } from '../../../services/webhook-endpoints/send-test-event';
import { updateWebhookEndpoint } from '../../../services/webhook-endpoints/update-webhook-endpoint';

export function webhookRoutes({ db, temporal, config, dispatch }: Pick<AppDeps, 'db' | 'temporal' | 'config' | 'dispatch'>): Router {
  const router = Router();
  const deps = { db, temporal, config, dispatch };

  async function findEndpoint(res: Response, rawId: unknown): Promise<WebhookEndpoint> {
    const { id } = parseInput(ZIdParams, { id: rawId }, 'params');
    const endpoint = await db.webhookEndpoint.findFirst({ where: { id, accountId: principalOf(res).accountId, deletedAt: null } });
    if (!endpoint) throw new AppError('NOT_FOUND', `Webhook endpoint ${id} not found`);
    return endpoint;
  }

  router.post(
    '/webhook-endpoints',
    idempotentCreate(db, async (req, res, requestKey) => {
      const body = parseInput(ZCreateWebhookEndpointRequest, req.body);
      const creation = await createWebhookEndpoint(deps, principalOf(res).accountId, body, requestKey);
      const view = endpointView(creation.endpoint);
      // The secret is shown once: a replay of this request answers without it.
      return { status: 201, body: creation.kind === 'created' ? { ...view, secret: creation.secret } : view, replayBody: view };
    }),
  );

  router.get('/webhook-endpoints', async (req, res) => {
    const { limit, cursor } = parseInput(ZListQuery, req.query, 'query');
    const rows = await db.webhookEndpoint.findMany({
      where: { accountId: principalOf(res).accountId, deletedAt: null, ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const { items, nextCursor } = pageOf(rows, limit);
    res.json({ data: items.map(endpointView), nextCursor });
  });

  router.get('/webhook-endpoints/:id', async (req, res) => {
    res.json(endpointView(await findEndpoint(res, req.params.id)));
  });

  router.patch('/webhook-endpoints/:id', async (req, res) => {
    const endpoint = await findEndpoint(res, req.params.id);
    const body = parseInput(ZUpdateWebhookEndpointRequest, req.body);
    const updated = await updateWebhookEndpoint(deps, endpoint, body);
    res.json(endpointView(updated));
  });

  router.delete('/webhook-endpoints/:id', async (req, res) => {
    const endpoint = await findEndpoint(res, req.params.id);
    await deleteWebhookEndpoint(db, endpoint);
    res.status(204).end();
  });

  router.post('/webhook-endpoints/:id/rotate-secret', async (req, res) => {
    const endpoint = await findEndpoint(res, req.params.id);
    const { endpoint: updated, secret } = await rotateEndpointSecret(deps, endpoint);
    res.json({ ...endpointView(updated), secret, previousSecretExpiresAt: updated.previousSecretExpiresAt?.toISOString() ?? null });
  });

  router.post('/webhook-endpoints/:id/test', async (req, res) => {
    const endpoint = await findEndpoint(res, req.params.id);
    const { eventId, deliveryId } = await sendTestEvent(deps, endpoint);
    res.status(202).json({ eventId, deliveryId });
  });

  router.get('/webhook-endpoints/:id/deliveries', async (req, res) => {
    const endpoint = await findEndpoint(res, req.params.id);
    const { limit, cursor, status } = parseInput(ZDeliveryListQuery, req.query, 'query');
    const rows = await db.delivery.findMany({
      where: { endpointId: endpoint.id, ...(status ? { status } : {}), ...(cursor ? { id: { lt: cursor } } : {}) },
      include: { attempts: { orderBy: [{ series: 'asc' }, { number: 'asc' }] }, event: { select: { type: true } } },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const { items, nextCursor } = pageOf(rows, limit);
    res.json({ data: items.map(deliveryView), nextCursor });
  });

  router.post('/deliveries/:id/retry', async (req, res) => {
    const { id } = parseInput(ZIdParams, { id: req.params.id }, 'params');
    const delivery = await db.delivery.findFirst({ where: { id, endpoint: { accountId: principalOf(res).accountId } } });
    if (!delivery) throw new AppError('NOT_FOUND', `Delivery ${id} not found`);
    const series = await resendDelivery(deps, delivery);
    res.status(202).json({ deliveryId: delivery.id, series });
  });

  router.post('/webhook-endpoints/:id/recover', async (req, res) => {
    const endpoint = await findEndpoint(res, req.params.id);
    const { since } = parseInput(ZRecoverRequest, req.body);
    const failed = await recoverDeliveries(deps, endpoint, new Date(since));
    res.status(202).json({ recovered: failed.length, deliveryIds: failed.map((delivery) => delivery.id) });
  });

  router.get('/events', async (req, res) => {
    const { limit, cursor, type, entityId } = parseInput(ZEventListQuery, req.query, 'query');
    const rows = await db.event.findMany({
      where: { accountId: principalOf(res).accountId, ...(type ? { type } : {}), ...(entityId ? { entityId } : {}), ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const { items, nextCursor } = pageOf(rows, limit);
    res.json({ data: items.map(eventView), nextCursor });
  });

  router.get('/events/:id', async (req, res) => {
    const { id } = parseInput(ZIdParams, { id: req.params.id }, 'params');
    const event = await db.event.findFirst({ where: { id, accountId: principalOf(res).accountId } });
    if (!event) throw new AppError('NOT_FOUND', `Event ${id} not found`);
    res.json(eventView(event));
  });

  return router;
}

function endpointView(endpoint: WebhookEndpoint) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.eventTypes,
    format: endpoint.format === 'IDENFY' ? ('idenfy' as const) : ('standard' as const),
    description: endpoint.description,
    kind: endpoint.callbackUrl ? ('CALLBACK' as const) : ('ENDPOINT' as const),
    status: endpoint.status,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince?.toISOString() ?? null,
    createdAt: endpoint.createdAt.toISOString(),
  };
}

function deliveryView(delivery: Delivery & { attempts: DeliveryAttempt[]; event: { type: string } }) {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.event.type,
    endpointId: delivery.endpointId,
    status: delivery.status,
    series: delivery.series,
    attempts: delivery.attempts.map((attempt) => ({
      series: attempt.series,
      number: attempt.number,
      at: attempt.at.toISOString(),
      httpStatus: attempt.httpStatus,
      durationMs: attempt.durationMs,
      error: attempt.error,
      responseSnippet: attempt.responseSnippet,
    })),
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  };
}

function eventView(event: Event) {
  return {
    id: event.id,
    type: event.type,
    entityType: event.entityType,
    entityId: event.entityId,
    sequence: event.sequence,
    createdAt: event.createdAt.toISOString(),
    data: event.payload as Record<string, unknown>,
  };
}

export function describeWebhookRoutes(registry: OpenAPIRegistry): void {
  const endpointResponse = (description: string) => ({ description, content: { 'application/json': { schema: ZWebhookEndpoint } } });
  const tags = ['Webhooks'];
  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhook-endpoints',
    summary: 'Create a webhook endpoint (Standard Webhooks or iDenfy format); the secret is shown only here',
    tags,
    request: { body: jsonBody(ZCreateWebhookEndpointRequest) },
    responses: { 201: endpointResponse('The endpoint with its secret'), ...errorResponses(409) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/webhook-endpoints',
    summary: 'Webhook endpoints, including the implicit ones of callback URLs',
    tags,
    request: { query: ZListQuery },
    responses: { 200: { description: 'A page of endpoints', content: { 'application/json': { schema: listResponse(ZWebhookEndpoint, 'WebhookEndpointPage') } } }, ...errorResponses() },
  });
  for (const method of ['get', 'patch', 'delete'] as const) {
    registry.registerPath({
      method,
      path: '/api/v1/webhook-endpoints/{id}',
      summary: { get: 'One endpoint', patch: 'Change URL, events, format or description; re-enable with status ENABLED', delete: 'Delete (its delivery log stays)' }[method],
      tags,
      request: { params: ZIdParams, ...(method === 'patch' ? { body: jsonBody(ZUpdateWebhookEndpointRequest) } : {}) },
      responses: { ...(method === 'delete' ? { 204: { description: 'Deleted' } } : { 200: endpointResponse('The endpoint') }), ...errorResponses(404) },
    });
  }
  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhook-endpoints/{id}/rotate-secret',
    summary: 'New secret (shown once); the previous one keeps signing alongside for the overlap',
    tags,
    request: { params: ZIdParams },
    responses: {
      200: { description: 'The endpoint with its new secret', content: { 'application/json': { schema: ZRotatedWebhookEndpoint } } },
      ...errorResponses(404, 409),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhook-endpoints/{id}/test',
    summary: 'Send a webhook.test event to this endpoint',
    tags,
    request: { params: ZIdParams },
    responses: { 202: { description: 'The test event and its delivery', content: { 'application/json': { schema: ZTestEventResponse } } }, ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/webhook-endpoints/{id}/deliveries',
    summary: 'Deliveries to this endpoint with every attempt',
    tags,
    request: { params: ZIdParams, query: ZDeliveryListQuery },
    responses: { 200: { description: 'A page of deliveries', content: { 'application/json': { schema: listResponse(ZDelivery, 'DeliveryPage') } } }, ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/deliveries/{id}/retry',
    summary: 'A new series of attempts for a finished delivery, same webhook-id',
    tags,
    request: { params: ZIdParams },
    responses: { 202: { description: 'The new series of attempts', content: { 'application/json': { schema: ZRetryResponse } } }, ...errorResponses(404, 409) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhook-endpoints/{id}/recover',
    summary: 'Re-send every failed delivery to this endpoint since a date',
    tags,
    request: { params: ZIdParams, body: jsonBody(ZRecoverRequest) },
    responses: { 202: { description: 'The deliveries sent again', content: { 'application/json': { schema: ZRecoverResponse } } }, ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/events',
    summary: 'The event log, newest first (filters: type, entityId)',
    tags,
    request: { query: ZEventListQuery },
    responses: { 200: { description: 'A page of events', content: { 'application/json': { schema: listResponse(ZEvent, 'EventPage') } } }, ...errorResponses() },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/events/{id}',
    summary: 'One event as logged (what was or would be sent)',
    tags,
    request: { params: ZIdParams },
    responses: { 200: { description: 'The event', content: { 'application/json': { schema: ZEvent } } }, ...errorResponses(404) },
  });
}
