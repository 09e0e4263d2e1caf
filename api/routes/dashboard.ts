/**
 * The operators' dashboard: sign-in with a session cookie, CSRF-protected forms, sign-out, and the account's
 * credits and ledger. Sign-in failures say nothing about which of email or password was wrong.
 */
import express, { Router, type Request, type Response } from 'express';
import type { Session, WebhookEndpoint } from '@prisma/client';
import cookieParser from 'cookie-parser';
import { z } from 'zod';
import { creditBalanceOf } from '../../lib/credits';
import { AppError } from '../../lib/errors';
import { verifyPassword } from '../../lib/secrets';
import { startDelivery } from '../../lib/webhooks/dispatch';
import type { AppDeps } from '../app';
import { operatorOf, requireCsrf, requireOperator, signIn, signOut } from '../middleware/operator-session';
import { linkFunnel } from '../link-funnel';
import {
  SESSION_STATUS_FILTERS,
  renderHomePage,
  renderLinkPage,
  renderLinksPage,
  renderLoginPage,
  renderEndpointPage,
  renderOutboxPage,
  renderSessionPage,
  renderSessionsPage,
  renderWebhooksPage,
  type Frame,
} from '../pages/dashboard-pages';
import { QR_SIZE, renderQrCode } from '../qr';
import { pageOf, parseInput } from '../schemas/common';
import { ZReviewRequest } from '../schemas/sessions';
import { reviewSession } from '../session-review';
import { sessionWorkflows } from '../session-workflows';
import { linkView, qrTarget } from './links';
import { sessionView } from './sessions';
import { workflowListUrl } from '../temporal-ui';

const ZLoginForm = z.object({ email: z.string().trim().max(254), password: z.string().max(200), next: z.string().max(500).optional() });

export function dashboardRoutes({ db, config, temporal, documents }: Pick<AppDeps, 'db' | 'config' | 'temporal' | 'documents'>): Router {
  const workflows = sessionWorkflows(temporal, config);
  const router = Router();
  const secure = config.http.publicBaseUrl.startsWith('https:');
  router.use('/dashboard', cookieParser(), express.urlencoded({ extended: false, limit: '20kb' }));
  router.use('/dashboard', (_req, res, next) => {
    // Operator pages show personal data: never cached, never framed.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.get('/dashboard/login', (req, res) => {
    res.type('html').send(renderLoginPage({ next: safeNext(req.query.next) }));
  });

  router.post('/dashboard/login', async (req, res) => {
    // A sign-in form posted from another site is refused (login CSRF).
    if (req.get('sec-fetch-site') === 'cross-site') {
      res.status(403).type('text').send('Sign in from the dashboard itself.');
      return;
    }
    const form = ZLoginForm.safeParse(req.body);
    const next = safeNext(form.success ? form.data.next : undefined);
    const user = form.success ? await db.dashboardUser.findUnique({ where: { email: form.data.email.toLowerCase() } }) : null;
    if (!form.success || !user || !(await verifyPassword(form.data.password, user.passwordHash))) {
      res.status(401).type('html').send(renderLoginPage({ next, email: form.success ? form.data.email : undefined, error: 'The email or password is not right.' }));
      return;
    }
    await signIn(db, res, user, { sessionSeconds: config.dashboard.sessionSeconds, secure });
    res.redirect(303, next);
  });

  router.use('/dashboard', requireOperator(db));

  router.post('/dashboard/logout', requireCsrf, async (_req, res) => {
    await signOut(db, res, operatorOf(res));
    res.redirect(303, '/dashboard/login');
  });

  async function frameOf(res: Response): Promise<Frame & { accountId: string }> {
    const { user, session } = operatorOf(res);
    const account = await db.account.findUniqueOrThrow({ where: { id: user.accountId } });
    return { email: user.email, accountName: account.name, csrfToken: session.csrfToken, accountId: account.id };
  }

  async function sessionOfOperator(res: Response, rawId: string): Promise<Session | null> {
    if (!/^ses_[0-9a-z]{29}$/.test(rawId)) return null;
    return db.session.findFirst({ where: { id: rawId, accountId: operatorOf(res).user.accountId } });
  }

  async function renderSession(res: Response, session: Session, error?: string): Promise<string> {
    const [images, events] = await Promise.all([
      db.document.findMany({ where: { sessionId: session.id, deletedAt: null }, orderBy: { id: 'asc' } }),
      db.event.findMany({ where: { entityId: session.id }, orderBy: { sequence: 'asc' } }),
    ]);
    const view = sessionView(session, config);
    return renderSessionPage({
      ...(await frameOf(res)),
      error,
      session: {
        id: session.id,
        clientId: session.clientId,
        status: view.status,
        final: session.final,
        decision: session.decision,
        flow: session.flow,
        supplied: view.supplied,
        data: view.data,
        createdAt: session.createdAt,
        startedAt: session.startedAt,
        finishedAt: session.finishedAt,
        images: images.map((image) => ({ id: image.id, kind: image.kind, attempt: image.attempt })),
        events: events.map((event) => ({ type: event.type, at: event.createdAt })),
        temporalUrl: view.temporalUrl,
      },
    });
  }

  router.get('/dashboard/sessions', async (req, res) => {
    const frame = await frameOf(res);
    const status = SESSION_STATUS_FILTERS.find((candidate) => candidate === req.query.status) ?? null;
    const clientId = typeof req.query.clientId === 'string' ? req.query.clientId.slice(0, 100) : '';
    const cursor = typeof req.query.cursor === 'string' && /^ses_[0-9a-z]{29}$/.test(req.query.cursor) ? req.query.cursor : null;
    const rows = await db.session.findMany({
      where: { accountId: frame.accountId, ...(status ? { status } : {}), ...(clientId ? { clientId } : {}), ...(cursor ? { id: { lt: cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: PAGE_SIZE + 1,
    });
    const { items, nextCursor } = pageOf(rows, PAGE_SIZE);
    const nextPage = nextCursor ? `/dashboard/sessions?${new URLSearchParams({ ...(status ? { status } : {}), ...(clientId ? { clientId } : {}), cursor: nextCursor }).toString()}` : null;
    res.type('html').send(renderSessionsPage({ ...frame, sessions: items, status, clientId, nextPage }));
  });

  router.get('/dashboard/sessions/:id', async (req, res) => {
    const session = await sessionOfOperator(res, req.params.id);
    if (!session) return res.status(404).type('text').send('No such session in this account.');
    res.type('html').send(await renderSession(res, session));
  });

  // Images are decrypted only for a signed-in operator of the session's account, and never cached.
  router.get('/dashboard/sessions/:id/documents/:documentId', async (req, res) => {
    const session = await sessionOfOperator(res, req.params.id);
    const document = session ? await db.document.findFirst({ where: { id: req.params.documentId, sessionId: session.id, deletedAt: null } }) : null;
    if (!document) return res.status(404).type('text').send('No such image.');
    res.type(document.mimeType).setHeader('Content-Disposition', 'inline');
    res.send(await documents.get(document.storageKey));
  });

  router.post('/dashboard/sessions/:id/review', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const session = await sessionOfOperator(res, req.params.id);
    if (!session) return res.status(404).type('text').send('No such session in this account.');
    try {
      const decision = parseInput(ZReviewRequest, reviewFromForm(req.body as Record<string, string>));
      await reviewSession({ db, workflows }, session, decision, operatorOf(res).user.id);
      res.redirect(303, `/dashboard/sessions/${session.id}`);
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      const message = error.details?.length ? `${error.message}: ${error.details.map((detail) => `${detail.field} ${detail.message}`).join('; ')}` : error.message;
      res.status(error.status).type('html').send(await renderSession(res, await db.session.findUniqueOrThrow({ where: { id: session.id } }), message));
    }
  });

  router.get('/dashboard/links', async (_req, res) => {
    const frame = await frameOf(res);
    const links = await db.link.findMany({ where: { accountId: frame.accountId }, orderBy: { id: 'desc' }, take: 100 });
    res.type('html').send(renderLinksPage({ ...frame, links: links.map((link) => ({ ...link, status: linkView(link, config).status })) }));
  });

  async function linkOfOperator(res: Response, rawId: string) {
    if (!/^lnk_[0-9a-z]{29}$/.test(rawId)) return null;
    return db.link.findFirst({ where: { id: rawId, accountId: operatorOf(res).user.accountId } });
  }

  router.get('/dashboard/links/:id', async (req, res) => {
    const link = await linkOfOperator(res, req.params.id);
    if (!link) return res.status(404).type('text').send('No such link in this account.');
    const view = linkView(link, config);
    res.type('html').send(
      renderLinkPage({
        ...(await frameOf(res)),
        link: { ...link, status: view.status, url: view.url, temporalUrl: view.temporalUrl },
        funnel: { ...(await linkFunnel(db, link)) },
      }),
    );
  });

  router.get('/dashboard/links/:id/qr.:format', async (req, res) => {
    const link = await linkOfOperator(res, req.params.id);
    const format = req.params.format;
    if (!link || (format !== 'svg' && format !== 'png')) return res.status(404).type('text').send('No such QR code.');
    res.type(format === 'svg' ? 'image/svg+xml' : 'image/png');
    res.setHeader('Content-Disposition', `inline; filename="link-${link.id}.${format}"`);
    res.send(await renderQrCode(qrTarget(link, config), format, QR_SIZE.default));
  });

  router.get('/dashboard/webhooks', async (_req, res) => {
    const frame = await frameOf(res);
    const endpoints = await db.webhookEndpoint.findMany({ where: { accountId: frame.accountId, deletedAt: null }, orderBy: { id: 'desc' } });
    res.type('html').send(renderWebhooksPage({ ...frame, endpoints: endpoints.map(endpointRow) }));
  });

  router.get('/dashboard/webhooks/:id', async (req, res) => {
    const frame = await frameOf(res);
    const endpoint = await db.webhookEndpoint.findFirst({ where: { id: req.params.id, accountId: frame.accountId, deletedAt: null } });
    if (!endpoint) return res.status(404).type('text').send('No such endpoint in this account.');
    const deliveries = await db.delivery.findMany({
      where: { endpointId: endpoint.id },
      include: { attempts: { orderBy: [{ series: 'asc' }, { number: 'asc' }] }, event: { select: { type: true } } },
      orderBy: { id: 'desc' },
      take: 50,
    });
    res.type('html').send(
      renderEndpointPage({
        ...frame,
        endpoint: endpointRow(endpoint),
        deliveries: deliveries.map((delivery) => ({ ...delivery, eventType: delivery.event.type })),
        temporalUrl: workflowListUrl(config, `EndpointId = "${endpoint.id}" AND DeliveryStatus = "RETRYING"`),
        notice: req.query.retried === '1' ? 'Sent again: a new series of attempts with the same webhook-id.' : undefined,
      }),
    );
  });

  router.post('/dashboard/deliveries/:id/retry', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const delivery = await db.delivery.findFirst({ where: { id: req.params.id, endpoint: { accountId: operatorOf(res).user.accountId } } });
    if (!delivery) return res.status(404).type('text').send('No such delivery in this account.');
    if (delivery.status !== 'PENDING') {
      await startDelivery({ db, temporal, taskQueue: config.temporal.taskQueue, webhooks: config.webhooks }, delivery.eventId, delivery.endpointId, delivery.series + 1);
    }
    res.redirect(303, `/dashboard/webhooks/${delivery.endpointId}?retried=1`);
  });

  router.get('/dashboard/outbox', async (_req, res) => {
    const frame = await frameOf(res);
    const messages = await db.message.findMany({ where: { accountId: frame.accountId, status: 'OUTBOX' }, orderBy: { id: 'desc' }, take: 100 });
    res.type('html').send(renderOutboxPage({ ...frame, messages: messages.map((message) => ({ ...message, to: message.recipient })) }));
  });

  router.get('/dashboard', async (_req, res) => {
    const { user, session } = operatorOf(res);
    const account = await db.account.findUniqueOrThrow({ where: { id: user.accountId } });
    const ledger = await db.creditLedgerEntry.findMany({ where: { accountId: account.id }, orderBy: { id: 'desc' }, take: 10 });
    res.type('html').send(
      renderHomePage({
        email: user.email,
        accountName: account.name,
        credits: creditBalanceOf(account),
        ledger: ledger.map((entry) => ({ type: entry.type, amount: entry.amount, sessionId: entry.sessionId, at: entry.createdAt })),
        csrfToken: session.csrfToken,
        temporalUrl: workflowListUrl(config, `AccountId = "${account.id}"`),
      }),
    );
  });

  return router;
}

const PAGE_SIZE = 25;

/** The review form's fields in the API's review shape: reasons comma-separated, reviewed data only where filled in. */
function reviewFromForm(form: Record<string, string>): unknown {
  const data = Object.fromEntries(
    Object.entries(form)
      .filter(([name, value]) => name.startsWith('data.') && value.trim() !== '')
      .map(([name, value]) => [name.slice('data.'.length), value.trim()]),
  );
  const reasons = (form.reasons ?? '')
    .split(',')
    .map((reason) => reason.trim().toUpperCase())
    .filter(Boolean);
  return {
    decision: form.decision,
    ...(reasons.length ? { reasons } : {}),
    ...(form.note?.trim() ? { note: form.note.trim() } : {}),
    ...(Object.keys(data).length ? { data } : {}),
  };
}

function endpointRow(endpoint: WebhookEndpoint) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    kind: endpoint.callbackUrl ? 'CALLBACK' : 'ENDPOINT',
    format: endpoint.format === 'IDENFY' ? 'idenfy' : 'standard',
    status: endpoint.status,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince,
  };
}

/** Where to go after signing in: only a dashboard path of this site, never an address elsewhere. */
function safeNext(raw: Request['query'][string] | string | undefined): string {
  return typeof raw === 'string' && /^\/dashboard(\/[\w\-/?=&.%]*)?$/.test(raw) && !raw.startsWith('//') ? raw : '/dashboard';
}
