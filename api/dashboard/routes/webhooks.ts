/**
 * Dashboard: webhook endpoints — create (the secret shown once, in the response itself), rotate the secret, send a
 * test event, recover failed deliveries, enable again, and deliveries with every attempt, each sent again on demand.
 * Every change goes through the operations the API uses.
 */
import { audit } from './audit';
import { Router, type Request, type Response } from 'express';
import type { WebhookEndpoint } from '@prisma/client';
import { AppError } from '../../../lib/errors';
import { sha256Hex } from '../../../lib/secrets';
import { EVENT_TYPES } from '../../../lib/events';
import type { AppDeps } from '../../deps';
import { operatorOf, requireCsrf } from '../operator-session';
import type { EndpointFormValues, EndpointRow } from '../pages/webhooks';
import {
  renderDeleteEndpointPage,
  renderEndpointCreatedPage,
  renderEndpointFormPage,
  renderEndpointPage,
  renderRotateSecretPage,
  renderSecretRotatedPage,
  renderWebhooksPage,
} from '../pages/webhooks';
import { parseInput } from '../../../services/schemas/common';
import { ZCreateWebhookEndpointRequest, ZRecoverRequest, ZUpdateWebhookEndpointRequest } from '../../../services/schemas/webhooks';
import { deleteWebhookEndpoint } from '../../../services/webhook-endpoints/delete-webhook-endpoint';
import { idenfyMessage, standardMessage } from '../../../lib/webhooks/payloads';
import { workflowListUrl } from '../../temporal-ui';
import { createWebhookEndpoint } from '../../../services/webhook-endpoints/create-webhook-endpoint';
import { recoverDeliveries } from '../../../services/webhook-endpoints/recover-deliveries';
import { resendDelivery } from '../../../services/webhook-endpoints/resend-delivery';
import { rotateEndpointSecret } from '../../../services/webhook-endpoints/rotate-endpoint-secret';
import { sendTestEvent } from '../../../services/webhook-endpoints/send-test-event';
import { updateWebhookEndpoint } from '../../../services/webhook-endpoints/update-webhook-endpoint';
import { fieldErrorsOf, formKeyOf, formOf, listField, newFormKey, refusalMessage, requestKeyFor, requireFormKey, textField } from './form-input';
import { operatorFrame } from './operator-frame';

/** What a redirect back to the endpoint page says (`?notice=`). */
const NOTICES = {
  'test-sent': 'A test event is on its way: its delivery is at the top of the list below.',
  retried: 'Sent again: a new series of attempts with the same webhook-id.',
  'still-pending': 'That delivery is still being attempted; send it again once it has finished.',
  enabled: 'The endpoint is enabled again: new events are delivered to it.',
  updated: 'The endpoint is saved: new deliveries use its new settings.',
  'already-created': 'This endpoint was created by an earlier submission of the same form; its signing secret was shown then. If you did not copy it, rotate the secret.',
  'already-rotated': 'The secret had already been rotated by an earlier submission of that form; the new secret was shown then. If you did not copy it, rotate again.',
} as const;

const PLAIN_WORDS = {
  url: 'Enter the full URL of your receiver, up to 2048 characters.',
  format: 'Choose Standard Webhooks or iDenfy-compatible.',
  events: 'Choose event types from the list.',
  description: 'Keep the description under 500 characters.',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RECOVER_WINDOW_DAYS = 7;

export function webhookPages(deps: Pick<AppDeps, 'db' | 'config' | 'temporal' | 'dispatch'>): Router {
  const { db, config } = deps;
  const router = Router();

  async function endpointOfOperator(res: Response, rawId: string): Promise<WebhookEndpoint | null> {
    if (!/^whe_[0-9a-z]{29}$/.test(rawId)) return null;
    return db.webhookEndpoint.findFirst({ where: { id: rawId, accountId: operatorOf(res).user.accountId, deletedAt: null } });
  }

  const noSuchEndpoint = (res: Response) => res.status(404).type('text').send('No such endpoint in this account.');

  async function sendEndpointPage(res: Response, endpoint: WebhookEndpoint, extras: { notice?: string; recover?: { since: string; error?: string } } = {}) {
    const deliveries = await db.delivery.findMany({
      where: { endpointId: endpoint.id },
      include: { attempts: { orderBy: [{ series: 'asc' }, { number: 'asc' }] }, event: true },
      orderBy: { id: 'desc' },
      take: 50,
    });
    const bodyOf = endpoint.format === 'IDENFY' ? idenfyMessage : standardMessage;
    res.type('html').send(
      renderEndpointPage({
        ...operatorFrame(res),
        endpoint: endpointRow(endpoint),
        deliveries: deliveries.map((delivery) => ({ ...delivery, eventType: delivery.event.type, payload: prettyJson(bodyOf(delivery.event).body) })),
        temporalUrl: workflowListUrl(config, `EndpointId = "${endpoint.id}" AND DeliveryStatus = "RETRYING"`),
        notice: extras.notice,
        recover: extras.recover ?? { since: daysAgo(RECOVER_WINDOW_DAYS) },
      }),
    );
  }

  function sendEndpointForm(res: Response, values: EndpointFormValues, formKey: string, refusal?: AppError, editing?: WebhookEndpoint) {
    const form = { values, formKey, errors: refusal ? fieldErrorsOf(refusal, PLAIN_WORDS) : {}, message: refusal && refusalMessage(refusal) };
    res.type('html').send(renderEndpointFormPage({ ...operatorFrame(res), form, eventTypes: EVENT_TYPES, editing: editing && endpointRow(editing) }));
  }

  router.get('/dashboard/webhooks', async (req, res) => {
    const frame = operatorFrame(res);
    const endpoints = await db.webhookEndpoint.findMany({ where: { accountId: frame.accountId, deletedAt: null }, orderBy: { id: 'desc' } });
    const backlog = await db.delivery.aggregate({
      where: { firstAttemptPending: true, status: 'PENDING', endpoint: { accountId: frame.accountId } },
      _count: { _all: true },
      _min: { createdAt: true },
    });
    const notice = req.query.notice === 'deleted' ? 'The endpoint is deleted: nothing more is sent to it.' : undefined;
    res
      .type('html')
      .send(renderWebhooksPage({ ...frame, endpoints: endpoints.map(endpointRow), backlog: { pending: backlog._count._all, oldest: backlog._min.createdAt }, notice }));
  });

  router.get('/dashboard/webhooks/new', (_req, res) => {
    sendEndpointForm(res, { url: '', format: 'standard', events: [], description: '' }, newFormKey());
  });

  router.post('/dashboard/webhooks', requireCsrf, async (req, res) => {
    const form = formOf(req);
    const values = { url: textField(form, 'url'), format: textField(form, 'format'), events: listField(form, 'events'), description: textField(form, 'description') };
    const formKey = formKeyOf(form);
    try {
      const body = parseInput(ZCreateWebhookEndpointRequest, {
        url: values.url,
        ...(values.format ? { format: values.format } : {}),
        ...(values.events.length ? { events: values.events } : {}),
        ...(values.description ? { description: values.description } : {}),
      });
      const creation = await createWebhookEndpoint(deps, operatorOf(res).user.accountId, body, requestKeyFor(operatorOf(res).user.accountId, requireFormKey(formKey)));
      if (creation.kind === 'existing') return res.redirect(303, `/dashboard/webhooks/${creation.endpoint.id}?notice=already-created`);
      await audit(db, req, res, 'webhook_endpoint.created', creation.endpoint.id, { url: creation.endpoint.url });
      // The secret goes in this response only: never in a URL, a redirect or the database in clear.
      res.status(201).type('html').send(renderEndpointCreatedPage({ ...operatorFrame(res), endpoint: endpointRow(creation.endpoint), secret: creation.secret }));
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      // Nothing was created, so the same key goes back: the corrected form still creates one endpoint at most.
      sendEndpointForm(res, values, formKey ?? newFormKey(), error);
    }
  });

  router.get('/dashboard/webhooks/:id', async (req, res) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    await sendEndpointPage(res, endpoint, { notice: noticeOf(req) });
  });

  router.get('/dashboard/webhooks/:id/edit', async (req, res) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    const row = endpointRow(endpoint);
    sendEndpointForm(res, { url: row.url, format: row.format, events: row.events, description: row.description ?? '' }, '', undefined, endpoint);
  });

  router.post('/dashboard/webhooks/:id/edit', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    const form = formOf(req);
    const values = { url: textField(form, 'url'), format: textField(form, 'format'), events: listField(form, 'events'), description: textField(form, 'description') };
    try {
      // Every field is sent: no events ticked means every event type; an empty description clears it.
      const change = parseInput(ZUpdateWebhookEndpointRequest, { url: values.url, format: values.format || undefined, events: values.events, description: values.description || null });
      await updateWebhookEndpoint(deps, endpoint, change);
      await audit(db, req, res, 'webhook_endpoint.updated', endpoint.id, { url: change.url ?? null });
      res.redirect(303, `/dashboard/webhooks/${endpoint.id}?notice=updated`);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      sendEndpointForm(res, values, '', error, endpoint);
    }
  });

  router.get('/dashboard/webhooks/:id/delete', async (req, res) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    res.type('html').send(renderDeleteEndpointPage({ ...operatorFrame(res), endpoint: endpointRow(endpoint) }));
  });

  router.post('/dashboard/webhooks/:id/delete', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    // Already deleted (a second submission): the list is where it would have gone.
    if (!endpoint) return res.redirect(303, '/dashboard/webhooks?notice=deleted');
    await deleteWebhookEndpoint(db, endpoint);
    await audit(db, req, res, 'webhook_endpoint.deleted', endpoint.id);
    res.redirect(303, '/dashboard/webhooks?notice=deleted');
  });

  router.get('/dashboard/webhooks/:id/rotate-secret', async (req, res) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    res.type('html').send(renderRotateSecretPage({ ...operatorFrame(res), endpoint: endpointRow(endpoint), overlapSeconds: config.webhooks.secretOverlapSeconds, secretVersion: secretVersionOf(endpoint) }));
  });

  router.post('/dashboard/webhooks/:id/rotate-secret', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    // The confirmation names the secret it replaces: a second submission of it must not rotate again (that would
    // end the overlap of the secret the receiver still uses, and show a secret nobody asked for).
    if (textField(formOf(req), 'secretVersion') !== secretVersionOf(endpoint)) return res.redirect(303, `/dashboard/webhooks/${endpoint.id}?notice=already-rotated`);
    const rotated = await rotateEndpointSecret(deps, endpoint).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'INVALID_STATE') return null;
      throw error;
    });
    if (!rotated) return res.redirect(303, `/dashboard/webhooks/${endpoint.id}?notice=already-rotated`);
    await audit(db, req, res, 'webhook_endpoint.secret_rotated', endpoint.id);
    res.type('html').send(renderSecretRotatedPage({ ...operatorFrame(res), endpoint: endpointRow(rotated.endpoint), secret: rotated.secret }));
  });

  router.post('/dashboard/webhooks/:id/test', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    await sendTestEvent(deps, endpoint);
    res.redirect(303, `/dashboard/webhooks/${endpoint.id}?notice=test-sent`);
  });

  router.post('/dashboard/webhooks/:id/enable', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    await updateWebhookEndpoint(deps, endpoint, { status: 'ENABLED' });
    res.redirect(303, `/dashboard/webhooks/${endpoint.id}?notice=enabled`);
  });

  router.post('/dashboard/webhooks/:id/recover', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const endpoint = await endpointOfOperator(res, req.params.id);
    if (!endpoint) return noSuchEndpoint(res);
    const since = textField(formOf(req), 'since');
    try {
      // A day of the date field is that day from 00:00 UTC, in the API's own request shape.
      const { since: from } = parseInput(ZRecoverRequest, { since: DATE.test(since) ? `${since}T00:00:00Z` : since });
      const recovered = await recoverDeliveries(deps, endpoint, new Date(from));
      res.redirect(303, `/dashboard/webhooks/${endpoint.id}?recovered=${recovered.length}&since=${from.slice(0, 10)}`);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      res.status(error.status);
      await sendEndpointPage(res, endpoint, { recover: { since, error: 'Choose a day, as year, month and day.' } });
    }
  });

  router.post('/dashboard/deliveries/:id/retry', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const delivery = await db.delivery.findFirst({ where: { id: req.params.id, endpoint: { accountId: operatorOf(res).user.accountId } } });
    if (!delivery) return res.status(404).type('text').send('No such delivery in this account.');
    let notice: keyof typeof NOTICES = 'retried';
    try {
      await resendDelivery(deps, delivery);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'INVALID_STATE') throw error;
      notice = 'still-pending';
    }
    res.redirect(303, `/dashboard/webhooks/${delivery.endpointId}?notice=${notice}`);
  });

  return router;
}

function noticeOf(req: Request): string | undefined {
  const { notice, recovered, since } = req.query;
  if (typeof notice === 'string' && notice in NOTICES) return NOTICES[notice as keyof typeof NOTICES];
  if (typeof recovered !== 'string' || !/^\d+$/.test(recovered) || typeof since !== 'string' || !DATE.test(since)) return undefined;
  const count = Number(recovered);
  if (count === 0) return `No failed deliveries since ${since}: nothing to send again.`;
  return `${count} failed deliver${count === 1 ? 'y' : 'ies'} since ${since} sent again, each as a new series with its webhook-id.`;
}

/** The day `days` before today, as a date field's value (UTC). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

function endpointRow(endpoint: WebhookEndpoint): EndpointRow {
  return {
    id: endpoint.id,
    url: endpoint.url,
    kind: endpoint.callbackUrl ? 'CALLBACK' : 'ENDPOINT',
    format: endpoint.format === 'IDENFY' ? 'idenfy' : 'standard',
    events: endpoint.eventTypes,
    description: endpoint.description,
    status: endpoint.status,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt,
    createdAt: endpoint.createdAt,
  };
}

/** A delivery body as people read it: indented JSON (as sent, when it is not JSON). */
function prettyJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** Names the current signing secret without revealing it. */
const secretVersionOf = (endpoint: WebhookEndpoint) => sha256Hex(endpoint.secretCiphertext).slice(0, 16);
