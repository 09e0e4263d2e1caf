/**
 * Dashboard: reusable links — the list with search, creation through a form, each link with its public URL, QR code,
 * funnel and chart, and deactivation after a confirmation. Creating and deactivating run the API's own code
 * (services/links/).
 */
import { audit } from './audit';
import { instantOfWallTime } from '../../../lib/local-time';
import { Router, type Request, type Response } from 'express';
import type { Link, Prisma } from '@prisma/client';
import { AppError, type ErrorDetail } from '../../../lib/errors';
import type { AppDeps } from '../../deps';
import { linkFunnel, linkFunnelByDay } from '../../../services/links/link-funnel';
import { createLink } from '../../../services/links/create-link';
import { deactivateLink } from '../../../services/links/deactivate-link';
import { operatorOf, requireCsrf } from '../operator-session';
import {
  LINK_FORM_FIELDS,
  emptyLinkForm,
  renderDeactivatePage,
  renderLinkPage,
  renderLinksPage,
  renderNewLinkPage,
  type LinkForm,
  type LinkFormErrors,
  type LinkFormField,
  type LinkStatusFilter,
} from '../pages/links';
import { QR_SIZE, renderQrCode } from '../../../services/links/render-qr-code';
import { pageOf, parseInput } from '../../../services/schemas/common';
import { LINK_STATUSES, ZCreateLinkRequest } from '../../../services/schemas/links';
import { linkView, qrTarget } from '../../presenters/link';
import { PAGE_SIZE, operatorFrame } from './operator-frame';
import { isUsableFormKey, newFormKey, requestKeyFor } from './form-input';

const LINK_ID = /^lnk_[0-9a-z]{29}$/;
/** A one-time notice for the next view of a link's page, carried by a cookie so the page's URL stays clean. */
const NOTICE_COOKIE = 'mld_link_notice';
const NOTICES = {
  created: 'Link created. Share its address or QR code below.',
  deactivated: 'Link deactivated. It accepts no more clicks.',
} as const;

export function linkPages(deps: Pick<AppDeps, 'db' | 'config' | 'temporal' | 'dispatch'>): Router {
  const { db, config } = deps;
  const router = Router();
  const secureCookies = config.http.publicBaseUrl.startsWith('https:');

  async function linkOfOperator(res: Response, rawId: string): Promise<Link | null> {
    if (!LINK_ID.test(rawId)) return null;
    return db.link.findFirst({ where: { id: rawId, accountId: operatorOf(res).user.accountId } });
  }

  router.get('/dashboard/links', async (req, res) => {
    const frame = operatorFrame(res);
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 200) : '';
    const status = LINK_STATUSES.find((candidate) => candidate === req.query.status) ?? null;
    const cursor = typeof req.query.cursor === 'string' && LINK_ID.test(req.query.cursor) ? req.query.cursor : null;
    const rows = await db.link.findMany({
      where: {
        accountId: frame.accountId,
        // Prisma passes LIKE wildcards through: a % or _ typed in the search means itself.
        ...(q ? { name: { contains: q.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' } } : {}),
        ...(status ? statusWhere(status, new Date()) : {}),
        ...(cursor ? { id: { lt: cursor } } : {}),
      },
      orderBy: { id: 'desc' },
      take: PAGE_SIZE + 1,
    });
    const { items, nextCursor } = pageOf(rows, PAGE_SIZE);
    const nextPage = nextCursor ? `/dashboard/links?${new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), cursor: nextCursor }).toString()}` : null;
    const links = items.map((link) => ({ ...link, status: linkView(link, config).status }));
    res.type('html').send(renderLinksPage({ ...frame, links, q, status, nextPage }));
  });

  router.get('/dashboard/links/new', (_req, res) => {
    const frame = operatorFrame(res);
    res.type('html').send(renderNewLinkPage({ ...frame, form: emptyLinkForm(newFormKey()), nowUtc: new Date() }));
  });

  router.post('/dashboard/links', requireCsrf, async (req: Request, res: Response) => {
    const frame = operatorFrame(res);
    const form = linkFormOf(req.body);
    const again = (status: number, errors: LinkFormErrors, problem?: string) =>
      res.status(status).type('html').send(renderNewLinkPage({ ...frame, form, errors, problem, nowUtc: new Date() }));
    if (!isUsableFormKey(form.formKey)) {
      form.formKey = newFormKey();
      return again(422, {}, 'The form was incomplete; check the values and create it again.');
    }
    try {
      const request = parseInput(ZCreateLinkRequest, linkRequestOf(form));
      const link = await createLink(deps, frame.accountId, request, requestKeyFor(frame.accountId, form.formKey));
      setNotice(res, link.id, 'created', secureCookies);
      res.redirect(303, `/dashboard/links/${link.id}`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // The form keeps its key: submitting it again (e.g. after a slow worker) still creates a single link.
      if (error.code === 'VALIDATION_ERROR') return again(422, formErrorsOf(error.details ?? []));
      const problem =
        error.code === 'SERVICE_UNAVAILABLE' ? 'The worker has not confirmed it yet. Press Create link again: this form never creates more than one link.' : error.message;
      return again(error.status, {}, problem);
    }
  });

  router.get('/dashboard/links/:id', async (req, res) => {
    const link = await linkOfOperator(res, req.params.id);
    if (!link) return res.status(404).type('text').send('No such link in this account.');
    const view = linkView(link, config);
    const frame = operatorFrame(res);
    const [funnel, days] = await Promise.all([linkFunnel(db, link), linkFunnelByDay(db, link)]);
    res.type('html').send(
      renderLinkPage({
        ...frame,
        link: { ...link, status: view.status, url: view.url, temporalUrl: view.temporalUrl },
        funnel,
        days,
        notice: takeNotice(req, res, link.id),
      }),
    );
  });

  router.get('/dashboard/links/:id/deactivate', async (req, res) => {
    const link = await linkOfOperator(res, req.params.id);
    if (!link) return res.status(404).type('text').send('No such link in this account.');
    const status = linkView(link, config).status;
    if (status !== 'ACTIVE') return res.redirect(303, `/dashboard/links/${link.id}`);
    res.type('html').send(renderDeactivatePage({ ...operatorFrame(res), link: { ...link, status } }));
  });

  router.post('/dashboard/links/:id/deactivate', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const link = await linkOfOperator(res, req.params.id);
    if (!link) return res.status(404).type('text').send('No such link in this account.');
    const after = await deactivateLink(deps, link);
    if (after.status === 'DEACTIVATED') await audit(db, req, res, 'link.deactivated', link.id);
    if (after.status === 'DEACTIVATED') setNotice(res, link.id, 'deactivated', secureCookies);
    res.redirect(303, `/dashboard/links/${link.id}`);
  });

  router.get('/dashboard/links/:id/qr.:format', async (req, res) => {
    const link = await linkOfOperator(res, req.params.id);
    const format = req.params.format;
    if (!link || (format !== 'svg' && format !== 'png')) return res.status(404).type('text').send('No such QR code.');
    res.type(format === 'svg' ? 'image/svg+xml' : 'image/png');
    res.setHeader('Content-Disposition', `inline; filename="link-${link.id}.${format}"`);
    res.send(await renderQrCode(qrTarget(link, config), format, QR_SIZE.default));
  });

  return router;
}

/** The status filter as the list shows statuses: an ACTIVE row past its expiry is already EXPIRED (see linkView). */
function statusWhere(status: LinkStatusFilter, now: Date): Prisma.LinkWhereInput {
  if (status === 'ACTIVE') return { status, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  if (status === 'EXPIRED') return { OR: [{ status }, { status: 'ACTIVE', expiresAt: { lte: now } }] };
  return { status };
}

function linkFormOf(body: unknown): LinkForm {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name].trim() : '');
  return {
    ...(Object.fromEntries(LINK_FORM_FIELDS.map((field) => [field, text(field)])) as Record<LinkFormField, string>),
    formKey: text('formKey'),
    expiresAtOffset: text('expiresAtOffset'),
  };
}

/** The API's request body from the form: empty fields are absent, the expiry an instant. */
function linkRequestOf(form: LinkForm): unknown {
  const optional = (value: string) => (value === '' ? undefined : value);
  return {
    name: form.name,
    flow: form.flow,
    usage: { type: form.usageType, ...(form.usageType === 'MULTI' ? { maxUses: form.maxUses === '' ? undefined : Number(form.maxUses) } : {}) },
    // A datetime-local value has no zone: in the browser's, as the form says (UTC when its script did not run).
    expiresAt: optional(instantOfWallTime(form.expiresAt, form.expiresAtOffset)),
    language: optional(form.language),
    successUrl: optional(form.successUrl),
    errorUrl: optional(form.errorUrl),
    callbackUrl: optional(form.callbackUrl),
  };
}

/** The API's field errors, placed on the form's fields and said the way the form asks. */
function formErrorsOf(details: ErrorDetail[]): LinkFormErrors {
  const errors: LinkFormErrors = {};
  for (const detail of details) {
    const field = FORM_FIELD_OF[detail.field];
    if (field) errors[field] ??= formMessage(field, detail.message);
  }
  return errors;
}

const FORM_FIELD_OF: Record<string, LinkFormField | undefined> = {
  name: 'name',
  flow: 'flow',
  usage: 'usageType',
  'usage.type': 'usageType',
  'usage.maxUses': 'maxUses',
  expiresAt: 'expiresAt',
  language: 'language',
  successUrl: 'successUrl',
  errorUrl: 'errorUrl',
  callbackUrl: 'callbackUrl',
};

/** Zod's messages name types ("expected number, received NaN"); operators get what to enter instead. */
function formMessage(field: LinkFormField, message: string): string {
  switch (field) {
    case 'name':
      return 'Enter a name of 1 to 200 characters.';
    case 'flow':
      return 'Choose the steps the person completes.';
    case 'usageType':
      return 'Choose single use, multi-use or unlimited.';
    case 'maxUses':
      return 'A multi-use link needs a whole number of uses from 2 to 1,000,000.';
    case 'expiresAt':
      return message === 'must be in the future' ? 'The expiry must be in the future.' : 'Enter a date and time, or leave it empty.';
    case 'language':
      return 'Choose one of the listed languages.';
    case 'successUrl':
    case 'errorUrl':
    case 'callbackUrl':
      return 'Enter an http:// or https:// address (at most 2,048 characters), or leave it empty.';
  }
}

function setNotice(res: Response, linkId: string, notice: keyof typeof NOTICES, secure: boolean): void {
  res.cookie(NOTICE_COOKIE, notice, { httpOnly: true, sameSite: 'strict', secure, path: `/dashboard/links/${linkId}`, maxAge: 60_000 });
}

function takeNotice(req: Request, res: Response, linkId: string): string | undefined {
  const notice = (req.cookies as Record<string, string | undefined> | undefined)?.[NOTICE_COOKIE];
  if (notice === undefined) return undefined;
  res.clearCookie(NOTICE_COOKIE, { path: `/dashboard/links/${linkId}` });
  return notice === 'created' || notice === 'deactivated' ? NOTICES[notice] : undefined;
}
