/**
 * Dashboard: verification sessions — the list with its filters and live statuses, a new dynamic link, one session in
 * full (decrypted images for operators only) and what an operator may do to it: review, send the link again, cancel,
 * delete its data. Every change goes through the API's own operations (services/sessions/).
 */
import { may } from '../../../lib/operator-roles';
import { Router, type Request, type Response } from 'express';
import type { Session } from '@prisma/client';
import { z } from 'zod';
import { requireKeyring } from '../../../lib/config';
import { AppError, type ErrorDetail } from '../../../lib/errors';
import { latestReadingOf } from '../../../lib/sessions';
import { engineFindings } from '../../../services/sessions/engine-findings';
import type { AppDeps } from '../../deps';
import { operatorOf, requireCsrf } from '../operator-session';
import {
  NO_CREDIT_ALERT,
  SESSION_NOTICES,
  SESSION_STATUS_FILTERS,
  cancelExplanation,
  dataDeletionExplanation,
  renderConfirmPage,
  renderNewSessionPage,
  renderSessionPage,
  renderSessionsPage,
  type Confirmation,
  type NewSessionForm,
  type SessionFilters,
  type SessionFormValues,
  type ReviewFormState,
  type ReviewFormValues,
  type SessionImage,
  type SessionNotice,
} from '../pages/sessions';
import { pageOf, parseInput } from '../../../services/schemas/common';
import { SESSION_LIMITS, ZCreateSessionRequest, ZReviewRequest, ZSendRequest, type TCreateSessionRequest } from '../../../services/schemas/sessions';
import { cancelSession } from '../../../services/sessions/cancel-session';
import { createAndSendSession } from '../../../services/sessions/create-and-send-session';
import { deleteSessionData } from '../../../services/sessions/delete-session-data';
import { sendSessionLink } from '../../../services/sessions/send-session-link';
import { canCancel, canDeleteData, canSendLink, isOpen } from '../../../services/sessions/session-rules';
import { reviewSession } from '../../../services/sessions/review-session';
import { REVIEW_CLAIM_SECONDS, claimReview, heldByAnother } from '../../../services/sessions/claim-review';
import { sessionWorkflows } from '../../../services/sessions/session-workflows';
import { hostedPageUrl, sessionView } from '../../presenters/session';
import { sessionListWhere, type SessionListFilter } from '../../../services/sessions/list-sessions';
import { sendCsv } from '../csv';
import { PAGE_SIZE, operatorFrame, type OperatorFrame } from './operator-frame';
import { formOf, isUsableFormKey, listField, newFormKey, requestKeyFor, textField } from './form-input';
import { appliedReviewOf } from './applied-review';
import { auditActorOf } from './audit';
import { recordAuditEntry, type AuditActor } from '../../../services/audit/record-audit-entry';
import { nextInQueue } from './review-queue';

const SESSION_ID = /^ses_[0-9a-z]{29}$/;
const LINK_ID = /^lnk_[0-9a-z]{29}$/;
/** The link filter offers the newest links (and the selected one). */
const LINK_OPTIONS = 200;
/** dashboard-live.js asks about one page of sessions at a time; a page holds PAGE_SIZE. */
const LIVE_MAX_IDS = 50;

/** The API accepts deleting the data of a DELETED session (nothing to do); the dashboard does not offer it. */
const offersDataDeletion = (session: Session) => canDeleteData(session) && session.status !== 'DELETED';

const ZLiveQuery = z.object({
  ids: z
    .string()
    .max(LIVE_MAX_IDS * 34)
    .transform((value) => [...new Set(value.split(',').filter(Boolean))])
    .pipe(z.array(z.string().regex(SESSION_ID, 'must be session ids, comma-separated')).max(LIVE_MAX_IDS)),
});

export function sessionPages({ db, config, temporal, dispatch, documents }: Pick<AppDeps, 'db' | 'config' | 'temporal' | 'dispatch' | 'documents'>): Router {
  const workflows = sessionWorkflows(temporal, config);
  const deps = { db, temporal, config, dispatch };
  const router = Router();

  async function sessionOfOperator(res: Response, rawId: string): Promise<Session | null> {
    if (!SESSION_ID.test(rawId)) return null;
    return db.session.findFirst({ where: { id: rawId, accountId: operatorOf(res).user.accountId } });
  }

  const formPage = (frame: OperatorFrame, values: SessionFormValues, formKey: string, errors: ErrorDetail[] = [], alert?: NewSessionForm['alert']) =>
    renderNewSessionPage({ ...frame, values, formKey, errors, alert, limits: DURATION_LIMITS, reminderBefore: durationOf(config.notifications.reminderBeforeSeconds) });

  const noSuchSession = (res: Response) => res.status(404).type('text').send('No such session in this account.');

  async function renderSession(res: Response, session: Session, extras: { error?: string; notice?: SessionNotice; review?: ReviewFormState } = {}): Promise<string> {
    const [images, events, link, reading, decidedBy, nextReview, auditEntries, claim] = await Promise.all([
      db.document.findMany({ where: { sessionId: session.id, deletedAt: null }, orderBy: { id: 'asc' } }),
      db.event.findMany({
        where: { entityId: session.id, accountId: session.accountId },
        orderBy: { sequence: 'asc' },
        include: {
          deliveries: { orderBy: { id: 'asc' }, include: { endpoint: { select: { url: true } }, attempts: { orderBy: [{ series: 'asc' }, { number: 'asc' }] } } },
        },
      }),
      session.linkId ? db.link.findUnique({ where: { id: session.linkId }, select: { id: true, name: true } }) : null,
      latestReadingOf(db, session.id),
      appliedReviewOf(db, session.id),
      nextInQueue(db, session.accountId, session.id),
      db.auditEntry.findMany({ where: { subjectId: session.id, accountId: session.accountId }, orderBy: { id: 'desc' } }),
      db.reviewClaim.findFirst({ where: { sessionId: session.id, expiresAt: { gt: new Date() } } }),
    ]);
    const view = sessionView(session, config);
    return renderSessionPage({
      ...operatorFrame(res),
      ...extras,
      session: {
        ...session,
        status: view.status,
        supplied: view.supplied,
        data: view.data,
        link,
        urls: { successUrl: session.successUrl, errorUrl: session.errorUrl, unverifiedUrl: session.unverifiedUrl, callbackUrl: session.callbackUrl },
        images: markReplaced(images),
        engine: reading ? engineFindings(reading, requireKeyring(config)) : null,
        timeline: events.map((event) => ({
          type: event.type,
          at: event.createdAt,
          deliveries: event.deliveries.map((delivery) => ({ ...delivery, url: delivery.endpoint.url })),
        })),
        temporalUrl: view.temporalUrl,
        review: decidedBy,
        nextReview,
        audit: auditEntries,
        claim: claim && { by: claim.userEmail, until: claim.expiresAt, mine: claim.userId === operatorOf(res).user.id },
        hostedPageUrl: isOpen(session) ? hostedPageUrl(session.id, config) : null,
        can: {
          sendBy: canSendLink(session) ? [...(session.email ? (['email'] as const) : []), ...(session.phone ? (['sms'] as const) : [])] : [],
          cancel: canCancel(session),
          deleteData: offersDataDeletion(session),
        },
      },
    });
  }

  async function linkOptions(accountId: string, selected: string): Promise<{ id: string; name: string }[]> {
    const select = { id: true, name: true } as const;
    const links = await db.link.findMany({ where: { accountId }, select, orderBy: { id: 'desc' }, take: LINK_OPTIONS });
    const missing = selected && !links.some((link) => link.id === selected) ? await db.link.findFirst({ where: { id: selected, accountId }, select }) : null;
    return missing ? [...links, missing] : links;
  }

  router.get('/dashboard/sessions', async (req, res) => {
    const frame = operatorFrame(res);
    const filters = filtersOf(req.query);
    const cursor = typeof req.query.cursor === 'string' && SESSION_ID.test(req.query.cursor) ? req.query.cursor : undefined;
    const [rows, links] = await Promise.all([
      db.session.findMany({
        where: sessionListWhere(frame.accountId, listFilterOf(filters, cursor)),
        include: { link: { select: { name: true } } },
        orderBy: { id: 'desc' },
        take: PAGE_SIZE + 1,
      }),
      linkOptions(frame.accountId, filters.linkId),
    ]);
    const { items, nextCursor } = pageOf(rows, PAGE_SIZE);
    const setFilters = Object.entries(filters).filter(([, value]) => value !== '');
    const nextPage = nextCursor ? `/dashboard/sessions?${new URLSearchParams([...setFilters, ['cursor', nextCursor]]).toString()}` : null;
    res.type('html').send(renderSessionsPage({ ...frame, sessions: items.map((row) => ({ ...row, linkName: row.link?.name ?? null })), filters, links, nextPage }));
  });

  // Every session the list shows with the same filters, not one page of them.
  router.get('/dashboard/sessions.csv', async (req, res) => {
    const { accountId } = operatorFrame(res);
    const filters = filtersOf(req.query);
    await sendCsv(
      res,
      'sessions.csv',
      SESSIONS_CSV_HEADER,
      (before, take) =>
        db.session.findMany({
          where: sessionListWhere(accountId, listFilterOf(filters, before)),
          include: { link: { select: { name: true } } },
          orderBy: { id: 'desc' },
          take,
        }),
      (row) => [
        row.id,
        row.createdAt.toISOString(),
        row.status,
        row.decision ?? '',
        row.clientId,
        row.flow,
        row.linkId ?? '',
        row.link?.name ?? '',
        row.submittedAt?.toISOString() ?? '',
        row.finishedAt?.toISOString() ?? '',
      ],
    );
  });

  // Polled by dashboard-live.js: the statuses of the operator's own sessions among `ids`; others are left out.
  router.get('/dashboard/sessions/live', async (req, res) => {
    const { ids } = parseInput(ZLiveQuery, req.query, 'query');
    const sessions = await db.session.findMany({ where: { id: { in: ids }, accountId: operatorOf(res).user.accountId }, select: { id: true, status: true } });
    res.json({ sessions });
  });

  router.get('/dashboard/sessions/new', (_req, res) => {
    res.type('html').send(formPage(operatorFrame(res), FORM_DEFAULTS, newFormKey()));
  });

  router.post('/dashboard/sessions/new', requireCsrf, async (req, res) => {
    const frame = operatorFrame(res);
    const values = formValuesOf(req.body);
    const formKey = values.formKey ?? '';
    const answer = (status: number, errors: ErrorDetail[], alert?: NewSessionForm['alert'], key = formKey) =>
      res.status(status).type('html').send(formPage(frame, values, key, errors, alert));
    if (!isUsableFormKey(formKey)) return answer(422, [], 'This form is out of date. Check the values and submit it again.', newFormKey());
    const { request, errors } = sessionRequestOf(values);
    if (!request) return answer(422, errors);
    try {
      // The form key is the request key: the same form submitted twice lands on the one session it created.
      const session = await createAndSendSession(deps, frame.accountId, request, requestKeyFor(frame.accountId, formKey));
      res.redirect(303, `/dashboard/sessions/${session.id}?notice=${request.send?.email || request.send?.sms ? 'created-sent' : 'created'}`);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'INSUFFICIENT_CREDITS') {
        return answer(402, [], NO_CREDIT_ALERT);
      }
      return answer(error.status, error.details ?? [], error.message);
    }
  });

  router.get('/dashboard/sessions/:id', async (req, res) => {
    const session = await sessionOfOperator(res, req.params.id);
    if (!session) return noSuchSession(res);
    const notice = typeof req.query.notice === 'string' && Object.hasOwn(SESSION_NOTICES, req.query.notice) ? (req.query.notice as SessionNotice) : undefined;
    // Looking at a session in review claims it (or renews this reviewer's claim); another's claim is left as it is.
    // A viewer only looks: they hold no claim that would keep a reviewer out.
    if (session.status === 'REVIEWING' && may(operatorOf(res).user.role, 'act')) await claimReview(db, session.id, operatorOf(res).user);
    res.type('html').send(await renderSession(res, session, { notice }));
  });

  // Images are decrypted only for a signed-in operator of the session's account, and never cached.
  router.get('/dashboard/sessions/:id/documents/:documentId', async (req, res) => {
    const session = await sessionOfOperator(res, req.params.id);
    const document = session ? await db.document.findFirst({ where: { id: req.params.documentId, sessionId: session.id, deletedAt: null } }) : null;
    if (!document) return res.status(404).type('text').send('No such image.');
    res.type(document.mimeType).setHeader('Content-Disposition', 'inline');
    res.send(await documents.get(document.storageKey));
  });


  // The engine's face crops (selfie, document portrait), like the images: operators of the account only, no-store.
  router.get('/dashboard/sessions/:id/crops/:which', async (req, res) => {
    const session = await sessionOfOperator(res, req.params.id);
    const reading = session && !session.dataDeletedAt ? await latestReadingOf(db, session.id) : null;
    const key = req.params.which === 'selfie' ? reading?.selfieCropKey : req.params.which === 'document' ? reading?.documentCropKey : null;
    if (!key) return res.status(404).type('text').send('No such image.');
    res.type('image/jpeg').setHeader('Content-Disposition', 'inline');
    res.send(await documents.get(key));
  });

  /** A form's action on one session: done → back to the session (with a notice); refused → the session page saying why. */
  function sessionAction(act: (session: Session, form: Record<string, string>, actor: AuditActor) => Promise<SessionNotice | null>) {
    return async (req: Request<{ id: string }>, res: Response) => {
      const session = await sessionOfOperator(res, req.params.id);
      if (!session) return noSuchSession(res);
      try {
        const notice = await act(session, req.body as Record<string, string>, auditActorOf(req, res));
        res.redirect(303, `/dashboard/sessions/${session.id}${notice ? `?notice=${notice}` : ''}`);
      } catch (error) {
        // Refusals, and steps the worker has not confirmed yet (503), are told on the page.
        if (!(error instanceof AppError)) throw error;
        const current = await db.session.findUniqueOrThrow({ where: { id: session.id } });
        res.status(error.status).type('html').send(await renderSession(res, current, { error: messageOf(error) }));
      }
    };
  }

  const recordReview = sessionAction(async (session, form, actor) => {
    const review = parseInput(ZReviewRequest, reviewFromForm(form));
    await reviewSession({ db, workflows }, session, review, actor.userId);
    // The decision and its reasons; the note and the data read stay with the review (personal data).
    await recordAuditEntry(db, actor, 'session.reviewed', session.id, { decision: review.decision, reasons: review.reasons ?? [] });
    return null;
  });
  router.post('/dashboard/sessions/:id/review', requireCsrf, async (req: Request<{ id: string }>, res: Response) => {
    const session = await sessionOfOperator(res, req.params.id);
    if (!session) return noSuchSession(res);
    const form = formOf(req);
    const claimed = await heldByAnother(db, session.id, operatorOf(res).user.id);
    if (claimed) {
      const error = `${claimed.userEmail} is reviewing this session; you can decide it once they have left it for ${REVIEW_CLAIM_SECONDS / 60} minutes.`;
      return res.status(409).type('html').send(await renderSession(res, session, { error }));
    }
    try {
      parseInput(ZReviewRequest, reviewFromForm(form));
    } catch (error) {
      // An incomplete form comes back as it was entered, with each problem beside its field.
      if (!(error instanceof AppError) || error.code !== 'VALIDATION_ERROR') throw error;
      const review = { values: reviewValuesOf(form), errors: reviewErrorsOf(error) };
      return res.status(422).type('html').send(await renderSession(res, session, { review }));
    }
    await recordReview(req, res);
  });

  router.post(
    '/dashboard/sessions/:id/send',
    requireCsrf,
    sessionAction(async (session, form) => {
      const { channel } = parseInput(ZSendRequest, { channel: form.channel });
      await sendSessionLink(deps, session, channel);
      return channel === 'email' ? 'sent-email' : 'sent-sms';
    }),
  );

  // Cancelling and deleting data cannot be undone: each has a confirmation page whose form does it.
  const confirmed: Record<'cancel' | 'delete-data', ConfirmedAction> = {
    cancel: {
      allowed: canCancel,
      page: (session) => ({
        title: 'Cancel this session?',
        explanation: cancelExplanation(session.clientId),
        button: 'Cancel the session',
      }),
      perform: async (session, actor) => {
        await cancelSession(deps, session);
        await recordAuditEntry(db, actor, 'session.cancelled', session.id);
        return 'cancelled';
      },
    },
    'delete-data': {
      allowed: offersDataDeletion,
      page: (session) => ({
        title: 'Delete the personal data of this session?',
        explanation: dataDeletionExplanation(session.decision ?? session.status),
        button: 'Delete personal data',
      }),
      perform: async (session, actor) => {
        await deleteSessionData(deps, session);
        await recordAuditEntry(db, actor, 'session.data_deleted', session.id);
        return 'deleting';
      },
    },
  };
  for (const [action, { allowed, page, perform }] of Object.entries(confirmed)) {
    router.get(`/dashboard/sessions/:id/${action}`, async (req: Request<{ id: string }>, res: Response) => {
      const session = await sessionOfOperator(res, req.params.id);
      if (!session) return noSuchSession(res);
      // Out of date (the session moved on): its page shows what can be done now.
      if (!allowed(session)) return res.redirect(303, `/dashboard/sessions/${session.id}`);
      res.type('html').send(renderConfirmPage({ ...operatorFrame(res), ...page(session), sessionId: session.id, action: `/dashboard/sessions/${session.id}/${action}` }));
    });
    router.post(`/dashboard/sessions/:id/${action}`, requireCsrf, sessionAction((session, _form, actor) => perform(session, actor)));
  }

  return router;
}

interface ConfirmedAction {
  allowed: (session: Session) => boolean;
  page: (session: Session) => Omit<Confirmation, 'sessionId' | 'action'>;
  perform: (session: Session, actor: AuditActor) => Promise<SessionNotice>;
}

const messageOf = (error: AppError) =>
  error.details?.length ? `${error.message}: ${error.details.map((detail) => `${detail.field} ${detail.message}`).join('; ')}` : error.message;

const SESSIONS_CSV_HEADER = ['id', 'created_at', 'status', 'decision', 'client_id', 'flow', 'link_id', 'link_name', 'submitted_at', 'finished_at'];

/** The list's filters as the session list's own: whole days in UTC, both ends included; sessions older than `before`. */
function listFilterOf(filters: SessionFilters, before: string | undefined): SessionListFilter {
  return {
    status: filters.status || undefined,
    clientId: filters.clientId || undefined,
    linkId: filters.linkId || undefined,
    createdFrom: filters.createdFrom ? `${filters.createdFrom}T00:00:00.000Z` : undefined,
    createdTo: filters.createdTo ? `${filters.createdTo}T23:59:59.999Z` : undefined,
    cursor: before,
  };
}

/** The list's filters from the query string; anything malformed counts as not set. */
function filtersOf(query: Request['query']): SessionFilters {
  const text = (name: string) => {
    const value = query[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const day = (name: string) => {
    const value = text(name);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
  };
  return {
    status: SESSION_STATUS_FILTERS.find((status) => status === query.status) ?? '',
    clientId: text('clientId').slice(0, 100),
    linkId: LINK_ID.test(text('linkId')) ? text('linkId') : '',
    createdFrom: day('createdFrom'),
    createdTo: day('createdTo'),
  };
}

// ----- The new-session form ------------------------------------------------------------------------------------------

/** The form's fields in the order it shows them (so errors are summarised in that order). */
const FORM_FIELDS = [
  'clientId',
  'firstName',
  'lastName',
  'dateOfBirth',
  'email',
  'phone',
  'flow',
  'language',
  'expiryTime',
  'sessionLength',
  'successUrl',
  'errorUrl',
  'unverifiedUrl',
  'callbackUrl',
  'send.email',
  'send.sms',
  'send.reminder',
] as const;
const DURATION_FIELDS = ['expiryTime', 'sessionLength'] as const;
const SEND_CHANNELS = ['email', 'sms', 'reminder'] as const;

const UNIT_SECONDS = { d: 86_400, h: 3_600, m: 60, s: 1 } as const;

/** "45m", "24h", "7d", "90s" in seconds; null when not a number and a unit. */
function secondsOf(text: string): number | null {
  const match = /^(\d{1,7})\s*([dhms])$/i.exec(text);
  return match ? Number(match[1]) * UNIT_SECONDS[match[2]!.toLowerCase() as keyof typeof UNIT_SECONDS] : null;
}

/** Seconds as the largest whole unit: 86400 → "1d", 600 → "10m". */
function durationOf(seconds: number): string {
  const [unit, size] = Object.entries(UNIT_SECONDS).find(([, size]) => seconds % size === 0)!;
  return `${seconds / size}${unit}`;
}

const FORM_DEFAULTS: SessionFormValues = {
  flow: 'DOCUMENT_AND_SELFIE',
  language: '',
  expiryTime: durationOf(SESSION_LIMITS.expiryTime.default),
  sessionLength: durationOf(SESSION_LIMITS.sessionLength.default),
};

/** The form's own fields from a posted body (the CSRF token is not one of them). */
function formValuesOf(body: unknown): SessionFormValues {
  const posted = (body ?? {}) as Record<string, unknown>;
  const values: SessionFormValues = {};
  for (const name of [...FORM_FIELDS, 'formKey']) {
    const value = posted[name];
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

const limitsOf = (name: (typeof DURATION_FIELDS)[number]) => ({
  min: durationOf(SESSION_LIMITS[name].min),
  max: durationOf(SESSION_LIMITS[name].max),
  default: durationOf(SESSION_LIMITS[name].default),
});
const DURATION_LIMITS = { expiryTime: limitsOf('expiryTime'), sessionLength: limitsOf('sessionLength') };

/** The API's request from the form: empty fields left out (defaults apply), durations in seconds, ticked sends. */
function sessionRequestOf(values: SessionFormValues): { request?: TCreateSessionRequest; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const body: Record<string, unknown> = {};
  for (const name of FORM_FIELDS) {
    const value = values[name]?.trim();
    if (value && !name.startsWith('send.') && !(DURATION_FIELDS as readonly string[]).includes(name)) body[name] = value;
  }
  if (!body.clientId) errors.push({ field: 'clientId', message: 'is required' });
  for (const name of DURATION_FIELDS) {
    const text = values[name]?.trim();
    if (!text) continue;
    const seconds = secondsOf(text);
    const { min, max } = SESSION_LIMITS[name];
    if (seconds === null) errors.push({ field: name, message: 'must be a number and a unit, such as 45m, 24h or 7d' });
    else if (seconds < min || seconds > max) errors.push({ field: name, message: `must be from ${durationOf(min)} to ${durationOf(max)}` });
    else body[name] = seconds;
  }
  const send = Object.fromEntries(SEND_CHANNELS.filter((channel) => values[`send.${channel}`] === 'on').map((channel) => [channel, true]));
  if (Object.keys(send).length) body.send = send;

  let request: TCreateSessionRequest | undefined;
  try {
    request = parseInput(ZCreateSessionRequest, body);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // The form's own checks name a field first; the API's schema adds what they did not catch.
    errors.push(...(error.details ?? []).filter((detail) => !errors.some((known) => known.field === detail.field)));
  }
  const order = (field: string) => (FORM_FIELDS as readonly string[]).indexOf(field);
  return errors.length ? { errors: errors.sort((a, b) => order(a.field) - order(b.field)) } : { request, errors };
}

/** The review form's fields in the API's review shape: reasons comma-separated, reviewed data only where filled in. */
function reviewFromForm(form: Parameters<typeof textField>[0]): unknown {
  const data = Object.fromEntries(
    Object.keys(form)
      .filter((name) => name.startsWith('data.') && textField(form, name) !== '')
      .map((name) => [name.slice('data.'.length), textField(form, name)]),
  );
  // The ticked reasons and any other codes typed in, once each.
  const typed = [...listField(form, 'reasons'), textField(form, 'otherReasons')].flatMap((value) => value.split(','));
  const reasons = [...new Set(typed.map((reason) => reason.trim().toUpperCase()).filter(Boolean))];
  const note = textField(form, 'note');
  return {
    decision: textField(form, 'decision') || undefined,
    ...(reasons.length ? { reasons } : {}),
    ...(note ? { note } : {}),
    ...(Object.keys(data).length ? { data } : {}),
  };
}

/** The review form as it was posted, to show it again when it is refused. */
function reviewValuesOf(form: Parameters<typeof textField>[0]): ReviewFormValues {
  const decision = textField(form, 'decision');
  return {
    decision: decision === 'APPROVED' || decision === 'DENIED' ? decision : '',
    reasons: listField(form, 'reasons'),
    otherReasons: textField(form, 'otherReasons'),
    note: textField(form, 'note'),
    data: Object.fromEntries(Object.keys(form).filter((name) => name.startsWith('data.')).map((name) => [name.slice('data.'.length), textField(form, name)])),
  };
}

/** The API's refusal of a review as errors by form field, in the dashboard's words where the API's are about its JSON. */
function reviewErrorsOf(error: AppError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, message } of error.details ?? []) {
    const [head, name] = field.split('.');
    if (head === 'decision') errors.decision ??= 'Choose Approve or Deny.';
    else if (head === 'reasons' && name === undefined) errors.reasons ??= 'A denial needs at least one reason: tick one, or type its code below.';
    else if (head === 'reasons') errors.reasons ??= `Each reason code ${message}.`;
    else if (head === 'data' && name) errors[`data.${name}`] ??= message;
    else errors[head ?? field] ??= message;
  }
  return errors;
}

/**
 * Every image with whether a later upload of the same kind replaced it: a retake within the attempt (the hosted page
 * keeps only the latest), or the next attempt after the checks asked for new photos. The latest of each kind is the one
 * the decision rests on. Ids sort by creation.
 */
function markReplaced(images: { id: string; kind: string; attempt: number }[]): SessionImage[] {
  const latest = new Map<string, string>();
  for (const image of images) latest.set(image.kind, image.id);
  return images.map(({ id, kind, attempt }) => ({ id, kind, attempt, replaced: latest.get(kind) !== id }));
}
