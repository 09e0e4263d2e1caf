/** Dashboard: verification sessions — the list, one session in full (decrypted images for operators only), review. */
import { Router, type Request, type Response } from 'express';
import type { Session } from '@prisma/client';
import { AppError } from '../../../lib/errors';
import type { AppDeps } from '../../app';
import { operatorOf, requireCsrf } from '../../middleware/operator-session';
import { SESSION_STATUS_FILTERS, renderSessionPage, renderSessionsPage } from '../../pages/dashboard/sessions';
import { pageOf, parseInput } from '../../schemas/common';
import { ZReviewRequest } from '../../schemas/sessions';
import { reviewSession } from '../../session-review';
import { sessionWorkflows } from '../../session-workflows';
import { sessionView } from '../sessions';
import { PAGE_SIZE, operatorFrame } from './operator-frame';

export function sessionPages({ db, config, temporal, documents }: Pick<AppDeps, 'db' | 'config' | 'temporal' | 'documents'>): Router {
  const workflows = sessionWorkflows(temporal, config);
  const router = Router();

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
      ...(await operatorFrame(db, res)),
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
    const frame = await operatorFrame(db, res);
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

  return router;
}

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
