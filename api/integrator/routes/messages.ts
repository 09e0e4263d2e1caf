/**
 * Messages with session links: the outbox (what would have been sent when no email/SMS provider is configured; nothing
 * in it was sent) and the account's own message templates.
 */
import { Router } from 'express';
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Message, MessageTemplate } from '@prisma/client';
import { z } from 'zod';
import { AppError } from '../../../lib/errors';
import { newId } from '../../../lib/ids';
import { validateTemplateBody } from '../../../lib/notifications/templates';
import { SUPPORTED_LANGUAGES } from '../../../lib/languages';
import type { AppDeps } from '../../deps';
import { principalOf } from '../../middleware/auth';
import { errorResponses, jsonBody, listResponse, pageOf, parseInput, ZListQuery } from '../../../services/schemas/common';
import { ZMessage } from '../../../services/schemas/sessions';

const ZTemplateRequest = z
  .object({
    channel: z.enum(['email', 'sms']),
    kind: z.enum(['INVITATION', 'REMINDER']),
    language: z.enum(SUPPORTED_LANGUAGES),
    subject: z.string().min(1).max(200).optional().meta({ description: 'Email only' }),
    body: z
      .string()
      .min(1)
      .max(5000)
      .regex(/\{\{session_url\}\}/, 'must contain {{session_url}}, the link the person opens')
      .meta({ description: 'Plain text with {{session_url}} (required), {{client_name}}, {{expires_at}}' }),
  })
  .strict()
  .meta({ id: 'MessageTemplateRequest' });

const ZTemplate = ZTemplateRequest.extend({ id: z.string(), updatedAt: z.iso.datetime() }).meta({ id: 'MessageTemplate' });
const ZTemplateList = z.object({ data: z.array(ZTemplate) }).meta({ id: 'MessageTemplateList' });
const ZIdParams = z.object({ id: z.string().min(1).max(64) });

export function messageRoutes({ db }: Pick<AppDeps, 'db'>): Router {
  const router = Router();

  router.get('/outbox', async (req, res) => {
    const { limit, cursor } = parseInput(ZListQuery, req.query, 'query');
    const rows = await db.message.findMany({
      // The dashboard's emails to operators carry dashboard credentials: never shown to API keys.
      where: { accountId: principalOf(res).accountId, status: 'OUTBOX', sessionId: { not: null }, ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const { items, nextCursor } = pageOf(rows, limit);
    res.json({ data: items.map(messageView), nextCursor });
  });

  router.get('/message-templates', async (_req, res) => {
    const rows = await db.messageTemplate.findMany({ where: { accountId: principalOf(res).accountId }, orderBy: { id: 'asc' } });
    res.json({ data: rows.map(templateView) });
  });

  router.put('/message-templates', async (req, res) => {
    const body = parseInput(ZTemplateRequest, req.body);
    const valid = validateTemplateBody(body.body);
    if (!valid.ok) throw new AppError('VALIDATION_ERROR', 'The template is invalid', [{ field: 'body', message: valid.message }]);
    if (body.subject !== undefined && body.channel === 'sms') {
      throw new AppError('VALIDATION_ERROR', 'The template is invalid', [{ field: 'subject', message: 'only emails have a subject' }]);
    }
    const { accountId } = principalOf(res);
    const channel = body.channel === 'email' ? 'EMAIL' : 'SMS';
    const fields = { subject: body.subject ?? null, body: body.body };
    const template = await db.messageTemplate.upsert({
      where: { accountId_channel_kind_language: { accountId, channel, kind: body.kind, language: body.language } },
      create: { id: newId('messageTemplate'), accountId, channel, kind: body.kind, language: body.language, ...fields },
      update: fields,
    });
    res.json(templateView(template));
  });

  router.delete('/message-templates/:id', async (req, res) => {
    const { id } = parseInput(ZIdParams, { id: req.params.id }, 'params');
    const { count } = await db.messageTemplate.deleteMany({ where: { id, accountId: principalOf(res).accountId } });
    if (count === 0) throw new AppError('NOT_FOUND', `Template ${id} not found`);
    res.status(204).end();
  });

  return router;
}

function messageView(message: Message) {
  return {
    id: message.id,
    sessionId: message.sessionId,
    channel: message.channel === 'EMAIL' ? ('email' as const) : ('sms' as const),
    kind: message.kind,
    status: message.status,
    provider: message.provider,
    to: message.recipient,
    cc: message.cc,
    subject: message.subject,
    text: message.text,
    html: message.html,
    error: message.error,
    createdAt: message.createdAt.toISOString(),
  };
}

function templateView(template: MessageTemplate) {
  return {
    id: template.id,
    channel: template.channel === 'EMAIL' ? ('email' as const) : ('sms' as const),
    kind: template.kind,
    language: template.language,
    ...(template.subject ? { subject: template.subject } : {}),
    body: template.body,
    updatedAt: template.updatedAt.toISOString(),
  };
}

export function describeMessageRoutes(registry: OpenAPIRegistry): void {
  const tags = ['Messages'];
  registry.registerPath({
    method: 'get',
    path: '/api/v1/outbox',
    summary: "Sessions' messages kept in the outbox because no email/SMS provider is configured (none of them was sent); the dashboard's emails to operators are not listed",
    tags,
    request: { query: ZListQuery },
    responses: { 200: { description: 'A page of messages', content: { 'application/json': { schema: listResponse(ZMessage, 'MessagePage') } } }, ...errorResponses() },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/message-templates',
    summary: "The account's own message templates",
    tags,
    responses: { 200: { description: 'Every template of the account', content: { 'application/json': { schema: ZTemplateList } } }, ...errorResponses() },
  });
  registry.registerPath({
    method: 'put',
    path: '/api/v1/message-templates',
    summary: 'Set the wording of one channel, kind and language (the body must contain {{session_url}})',
    tags,
    request: { body: jsonBody(ZTemplateRequest) },
    responses: { 200: { description: 'The template', content: { 'application/json': { schema: ZTemplate } } }, ...errorResponses() },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/message-templates/{id}',
    summary: 'Back to the default wording',
    tags,
    request: { params: ZIdParams },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
  });
}
