/**
 * Verification sessions (dynamic links). Reads come from PostgreSQL; every change goes to the session's workflow
 * through the operations the dashboard uses too (services/sessions/): review as an
 * update (the decision's data is written to a Review row first, so it never enters history), the rest as signals.
 */
import { Router, type Response } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { DocumentReading, Session } from '@prisma/client';
import { AppError } from '../../../lib/errors';
import { LATEST_READING } from '../../../lib/sessions';
import type { AppDeps } from '../../deps';
import { reviewSession } from '../../../services/sessions/review-session';
import { principalOf } from '../../middleware/auth';
import { idempotentCreate } from '../../middleware/idempotency';
import { errorResponses, jsonBody, listResponse, pageOf, parseInput } from '../../../services/schemas/common';
import { ZCreateSessionRequest, ZReviewRequest, ZSendRequest, ZSendResponse, ZSession, ZSessionIdParams, ZSessionListQuery } from '../../../services/schemas/sessions';
import { cancelSession } from '../../../services/sessions/cancel-session';
import { createAndSendSession } from '../../../services/sessions/create-and-send-session';
import { deleteSessionData } from '../../../services/sessions/delete-session-data';
import { sendSessionLink } from '../../../services/sessions/send-session-link';
import { sessionWorkflows } from '../../../services/sessions/session-workflows';
import { hostedPageUrl, sessionView } from '../../presenters/session';
import { sessionListWhere } from '../../../services/sessions/list-sessions';

export function sessionRoutes({ db, temporal, config, dispatch }: Pick<AppDeps, 'db' | 'temporal' | 'config' | 'dispatch'>): Router {
  const router = Router();
  const workflows = sessionWorkflows(temporal, config);
  const deps = { db, temporal, config, dispatch };
  const view = (session: Session, readings: DocumentReading[] = []) => sessionView(session, config, readings[0]);

  async function findSession(res: Response, rawId: unknown): Promise<SessionWithReading> {
    const { id } = parseInput(ZSessionIdParams, { id: rawId }, 'params');
    const session = await db.session.findFirst({ where: { id, accountId: principalOf(res).accountId }, include: LATEST_READING });
    if (!session) throw new AppError('NOT_FOUND', `Session ${id} not found`);
    return session;
  }

  router.post(
    '/sessions',
    idempotentCreate(db, async (req, res, requestKey) => {
      const body = parseInput(ZCreateSessionRequest, req.body);
      const session = await createAndSendSession(deps, principalOf(res).accountId, body, requestKey);
      return { status: 201, body: { ...view(session), redirectUrl: hostedPageUrl(session.id, config) } };
    }),
  );

  router.get('/sessions', async (req, res) => {
    const query = parseInput(ZSessionListQuery, req.query, 'query');
    const rows = await db.session.findMany({
      where: sessionListWhere(principalOf(res).accountId, query),
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      include: LATEST_READING,
    });
    const { items, nextCursor } = pageOf(rows, query.limit);
    res.json({ data: items.map((session) => view(session, session.readings)), nextCursor });
  });

  router.get('/sessions/:id', async (req, res) => {
    const session = await findSession(res, req.params.id);
    res.json(view(session, session.readings));
  });

  router.post('/sessions/:id/review', async (req, res) => {
    const session = await findSession(res, req.params.id);
    const body = parseInput(ZReviewRequest, req.body);
    res.json(view(await reviewSession({ db, workflows }, session, body, principalOf(res).apiKeyId), session.readings));
  });

  router.post('/sessions/:id/cancel', async (req, res) => {
    const session = await findSession(res, req.params.id);
    res.json(view(await cancelSession(deps, session), session.readings));
  });

  router.post('/sessions/:id/send', async (req, res) => {
    const session = await findSession(res, req.params.id);
    const { channel } = parseInput(ZSendRequest, req.body);
    await sendSessionLink(deps, session, channel);
    res.status(202).json({ sessionId: session.id, channel, status: 'QUEUED' });
  });

  router.delete('/sessions/:id/data', async (req, res) => {
    const session = await findSession(res, req.params.id);
    await deleteSessionData(deps, session);
    res.status(202).json(view(session, session.readings));
  });

  return router;
}

type SessionWithReading = Session & { readings: DocumentReading[] };

export function describeSessionRoutes(registry: OpenAPIRegistry): void {
  const sessionResponse = (description: string) => ({ description, content: { 'application/json': { schema: ZSession } } });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/sessions',
    summary: 'Create a verification session (a dynamic link) for one person; reserves one credit; honours Idempotency-Key',
    tags: ['Sessions'],
    request: { body: jsonBody(ZCreateSessionRequest) },
    responses: { 201: sessionResponse('The session, with its redirectUrl (shown only here)'), ...errorResponses(402, 409, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/sessions',
    summary: 'Sessions, newest first; filters: status, clientId, linkId, createdFrom, createdTo',
    tags: ['Sessions'],
    request: { query: ZSessionListQuery },
    responses: { 200: { description: 'A page of sessions', content: { 'application/json': { schema: listResponse(ZSession, 'SessionPage') } } }, ...errorResponses() },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/sessions/{id}',
    summary: 'One session: status with sub-statuses and tags, final, extracted data, attempts',
    tags: ['Sessions'],
    request: { params: ZSessionIdParams },
    responses: { 200: sessionResponse('The session'), ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/sessions/{id}/review',
    summary: 'Approve or deny a session in REVIEWING (a denial needs reasons); reviewed data is cross-checked',
    tags: ['Sessions'],
    request: { params: ZSessionIdParams, body: jsonBody(ZReviewRequest) },
    responses: { 200: sessionResponse('The decided session'), ...errorResponses(404, 409, 503) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/sessions/{id}/cancel',
    summary: 'Cancel an active session that was not submitted; releases its credit',
    tags: ['Sessions'],
    request: { params: ZSessionIdParams },
    responses: { 200: sessionResponse('The cancelled session'), ...errorResponses(404, 409, 503) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/sessions/{id}/send',
    summary: 'Send the link again by email or SMS (to the outbox when no provider is configured)',
    tags: ['Sessions'],
    request: { params: ZSessionIdParams, body: jsonBody(ZSendRequest) },
    responses: { 202: { description: 'Queued', content: { 'application/json': { schema: ZSendResponse } } }, ...errorResponses(404, 409) },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/sessions/{id}/data',
    summary: 'Delete the images and personal data of a final or expired session; the decision and audit trail stay',
    tags: ['Sessions'],
    request: { params: ZSessionIdParams },
    responses: { 202: sessionResponse('The session; its data is being deleted'), ...errorResponses(404, 409) },
  });
}
