/**
 * The hosted verification page at `/v/{token}` and its JSON endpoints. The token in the URL is the credential
 * (stored only as its hash). Images are validated, normalised and encrypted here, then only their metadata goes to
 * the session's workflow (`attachDocument`); Start, submit and status go to the workflow too.
 *
 * Whoever holds a token can drive these endpoints, so every write (start, upload, submit) is rate-limited per
 * session, refused from the session's row before Temporal is asked when the session cannot take it, and uploads are
 * capped in number and stored bytes per session (docs/security.md computes the workflow's worst case).
 */
import cookieParser from 'cookie-parser';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import type { Session } from '@prisma/client';
import { z } from 'zod';
import { acceptImage } from '../../../lib/documents/intake';
import { storageKeyFor } from '../../../lib/documents/store';
import { AppError } from '../../../lib/errors';
import { newId } from '../../../lib/ids';
import { createRateLimiter } from '../../../lib/rate-limit';
import { sha256Hex } from '../../../lib/secrets';
import {
  DOCUMENT_TYPES,
  attachDocumentUpdate,
  startUpdate,
  submitUpdate,
  type DocumentKind,
  type DocumentType,
  type SessionProgress,
} from '../../../workflows/definitions';
import type { AppDeps } from '../../deps';
import { parseMultipartUpload } from '../../middleware/multipart-upload';
import type { HostedFlowPhase, HostedFlowView } from '../hosted-flow-view';
import type { Language } from '../../../lib/languages';
import { languageLinksFor, type LanguageLink } from '../../html/layout';
import { pageLanguage, rememberLanguageChoice } from '../page-language';
import { renderHostedFlowPage, renderSessionUnavailablePage } from '../pages/session-pages';
import { loadPageBranding, type PageBranding } from '../../../services/branding/page-branding';
import { parseInput } from '../../../services/schemas/common';
import { sessionWorkflows } from '../../../services/sessions/session-workflows';
import { cancelSession } from '../../../services/sessions/cancel-session';
import { UPLOAD_REFUSAL_MESSAGES, quickCheckUpload } from '../../../services/sessions/quick-check-upload';

/**
 * Writes of one session running at once in this process: Temporal takes at most 10 updates in flight per workflow
 * and refuses the rest, so a burst is answered 429 here instead.
 */
const CONCURRENT_WRITES = 3;

/** Tokens are 30 random bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{40}$/;

const ZDocumentType = z.enum(DOCUMENT_TYPES as [DocumentType, ...DocumentType[]]);
// documentType: what the person chose, so the quick look knows which side carries the MRZ.
const ZUploadFields = z.object({ kind: z.enum(['FRONT', 'BACK', 'FACE']), documentType: ZDocumentType.optional() });
const ZPhotoParams = z.object({ kind: z.enum(['FRONT', 'BACK', 'FACE']) });
const ZSubmitBody = z.object({ documentType: ZDocumentType.nullable().default(null) }).strict();

const DONE_STATUSES: ReadonlySet<Session['status']> = new Set(['REVIEWING', 'APPROVED', 'DENIED', 'SUSPECTED', 'CANCELLED', 'DELETED']);

export function hostedFlowRoutes({ db, temporal, config, documents, dispatch }: Pick<AppDeps, 'db' | 'temporal' | 'config' | 'documents' | 'dispatch'>): Router {
  const router = Router();
  const workflows = sessionWorkflows(temporal, config);
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.documents.uploadMaxBytes, files: 1, fields: 4, parts: 5 },
  }).single('file');
  const parseImageUpload = parseMultipartUpload(upload, {
    notMultipart: new AppError('VALIDATION_ERROR', 'Send the image as multipart/form-data with the fields kind and file'),
    tooLarge: 'The file is too large',
  });

  const secureCookies = config.http.publicBaseUrl.startsWith('https:');
  router.use('/v', cookieParser());
  router.use('/v/:token', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    // The token must not leak to other sites through the Referer header.
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  async function sessionOf(token: string): Promise<Session | null> {
    return TOKEN_PATTERN.test(token) ? db.session.findUnique({ where: { tokenHash: sha256Hex(token) } }) : null;
  }

  /** The session of a JSON endpoint, or the answer a page script understands. */
  async function openSession(token: string): Promise<Session> {
    const session = await sessionOf(token);
    if (!session) throw new AppError('NOT_FOUND', 'This verification link is not valid');
    if (isExpired(session)) throw new AppError('SESSION_EXPIRED', 'This verification session has expired');
    return session;
  }

  const writes = createRateLimiter({ limit: config.documents.sessionWritesPerMinute, windowMs: 60_000 });

  /**
   * The session of a write (start, upload, submit), within its rate; refused with 429 and Retry-After past it. The
   * session id is the key: random tokens find no session and cost one indexed lookup each.
   */
  async function openForWrite(req: Request<{ token: string }>, res: Response): Promise<Session> {
    const session = await openSession(req.params.token);
    const decision = writes.take(session.id);
    if (!decision.allowed) {
      res.setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new AppError('RATE_LIMITED', `Too many requests for this session; try again in ${decision.retryAfterSeconds} seconds`);
    }
    return session;
  }

  const writesInFlight = new Map<string, number>();

  /** Holds one of the session's concurrent write slots until the response is finished or the client gone. */
  function holdWriteSlot(session: Session, res: Response): void {
    const held = writesInFlight.get(session.id) ?? 0;
    if (held >= CONCURRENT_WRITES) {
      res.setHeader('Retry-After', '1');
      throw new AppError('RATE_LIMITED', 'Another request for this session is still being handled; try again in a second');
    }
    writesInFlight.set(session.id, held + 1);
    res.once('close', () => {
      const left = (writesInFlight.get(session.id) ?? 1) - 1;
      if (left > 0) writesInFlight.set(session.id, left);
      else writesInFlight.delete(session.id);
    });
  }

  /**
   * Before the body of an upload is read: the session is open, within its rate, capturing (by its row, so a
   * session that cannot take the image costs Temporal nothing) and below its number of uploads.
   */
  const admitUpload: RequestHandler<{ token: string }> = async (req, res, next) => {
    try {
      const session = await openForWrite(req, res);
      assertCapturing(session);
      const uploads = await db.document.count({ where: { sessionId: session.id } });
      if (uploads >= config.documents.sessionMaxUploads) {
        throw new AppError('TOO_MANY_UPLOADS', `This session has accepted ${config.documents.sessionMaxUploads} images, its limit; it takes no more`);
      }
      holdWriteSlot(session, res);
      res.locals.session = session;
      next();
    } catch (error) {
      // Read the rest of the body so the client gets the answer instead of a reset connection.
      req.resume();
      res.setHeader('Connection', 'close');
      throw error;
    }
  };

  /** The stored bytes of the session once `sizeBytes` more are stored and the image this one replaces is gone. */
  async function storedBytesWith(session: Session, kind: DocumentKind, sizeBytes: number): Promise<number> {
    const stored = await db.document.findMany({
      where: { sessionId: session.id, deletedAt: null },
      orderBy: { id: 'desc' },
      select: { kind: true, attempt: true, sizeBytes: true },
    });
    const replaced = stored.find((row) => row.kind === kind && row.attempt === captureAttemptOf(session));
    return stored.reduce((total, row) => total + row.sizeBytes, sizeBytes) - (replaced?.sizeBytes ?? 0);
  }

  async function viewOf(session: Session, progress?: SessionProgress): Promise<HostedFlowView> {
    const live = progress ?? (session.startedAt && session.status === 'ACTIVE' ? await workflows.progress(session) : undefined);
    return hostedFlowView(session, live, config);
  }

  router.get('/v/:token', async (req, res) => {
    rememberLanguageChoice(req, res, secureCookies);
    const session = await sessionOf(req.params.token);
    const language = pageLanguage(req, session?.language);
    const languageLinks = languageLinksFor(`/v/${encodeURIComponent(req.params.token)}`, language);
    if (!session) return sendUnavailable(res, 404, 'NOT_FOUND', language, languageLinks, null);
    const branding = await loadPageBranding(db, session.accountId, session.linkId);
    if (isExpired(session)) return sendUnavailable(res, 410, 'EXPIRED', language, languageLinks, branding);
    const privacy = { business: branding.controller, retentionSeconds: config.sessions.retentionSeconds, privacyPolicyUrl: branding.privacyPolicyUrl };
    const handoffPath = `/v/${encodeURIComponent(req.params.token)}/handoff`;
    res.type('html').send(renderHostedFlowPage({ language, languageLinks, view: await viewOf(session), sessionLengthSeconds: session.sessionLength, privacy, handoffPath, branding }));
  });

  router.get('/v/:token/status', async (req, res) => {
    const session = await sessionOf(req.params.token);
    if (!session) throw new AppError('NOT_FOUND', 'This verification link is not valid');
    const view = await viewOf(session);
    res.json({ status: view.status, final: view.final, redirectUrl: view.redirectUrl, view });
  });

  router.post('/v/:token/start', async (req, res) => {
    const session = await openForWrite(req, res);
    holdWriteSlot(session, res);
    // Started already (a reopened page): the workflow is only asked, so reopening adds nothing to its history.
    const progress = session.startedAt ? await workflows.progress(session) : await workflows.update(session, startUpdate, []);
    res.json({ view: await viewOf(await db.session.findUniqueOrThrow({ where: { id: session.id } }), progress) });
  });

  router.post('/v/:token/documents', admitUpload, parseImageUpload, async (req: Request<{ token: string }>, res: Response) => {
    const session = res.locals.session as Session;
    const { kind, documentType } = parseInput(ZUploadFields, req.body);
    if (!req.file) throw new AppError('VALIDATION_ERROR', 'The request has no file', [{ field: 'file', message: 'is required' }]);
    const intake = await acceptImage(req.file.buffer, { maxBytes: config.documents.uploadMaxBytes, minSide: config.documents.imageMinSide });
    if (!intake.ok) throw new AppError(intake.problem, intake.message);
    const { image } = intake;
    if ((await storedBytesWith(session, kind, image.sizeBytes)) > config.documents.sessionMaxStoredBytes) {
      throw new AppError('UPLOAD_QUOTA_EXCEEDED', 'This session holds as many images as it can store; replace one instead of adding another');
    }
    const documentId = newId('document');
    const storageKey = storageKeyFor(session.id, documentId);
    await documents.put(storageKey, image.bytes);
    // An image that is not attached is not kept.
    const discard = () => documents.delete(storageKey);
    if (config.sessions.verificationEngine) {
      const refusal = await quickCheckUpload(temporal, config, { sessionId: session.id, storageKey, kind, documentType: documentType ?? null }, documentId);
      // Not attached: the attempt is not used and the person takes the photo again.
      if (refusal) {
        await discard();
        throw new AppError(refusal, UPLOAD_REFUSAL_MESSAGES[refusal]);
      }
    }
    let progress: SessionProgress;
    try {
      progress = await workflows.update(session, attachDocumentUpdate, [
        {
          documentId,
          kind,
          mimeType: image.mimeType,
          sizeBytes: image.sizeBytes,
          width: image.width,
          height: image.height,
          sha256: image.sha256,
          perceptualHash: image.perceptualHash,
          blurScore: image.blurScore,
          brightness: image.brightness,
          storageKey,
        },
      ]);
    } catch (error) {
      // Refused by the workflow (its answer is an AppError): never recorded, so the file goes. Any other failure may
      // have been recorded; the file stays with its row.
      if (error instanceof AppError) await discard();
      throw error;
    }
    res.status(201).json({ document: { id: documentId, kind, width: image.width, height: image.height }, view: await viewOf(session, progress) });
  });

  /**
   * The latest photo of a kind in the attempt being collected, decrypted, so a reloaded page shows what the person
   * already took. Only while the session is capturing; the token in the path is the credential, and the answer is
   * never stored by any cache (`no-store`, set for every /v/ answer).
   */
  router.get('/v/:token/photos/:kind', async (req, res) => {
    const session = await openSession(req.params.token);
    assertCapturing(session);
    const { kind } = parseInput(ZPhotoParams, { kind: req.params.kind });
    const photo = await db.document.findFirst({
      where: { sessionId: session.id, kind, attempt: captureAttemptOf(session), deletedAt: null },
      orderBy: { id: 'desc' },
      select: { storageKey: true, mimeType: true },
    });
    if (!photo) throw new AppError('NOT_FOUND', 'No photo of this kind was taken in this attempt');
    res.type(photo.mimeType).send(await documents.get(photo.storageKey));
  });

  /** The person withdraws before sending their photos: the session is cancelled as the API's cancel would. */
  router.post('/v/:token/cancel', async (req, res) => {
    const session = await openForWrite(req, res);
    holdWriteSlot(session, res);
    const cancelled = await cancelSession({ db, temporal, config, dispatch }, session);
    res.json({ view: await viewOf(cancelled) });
  });

  router.post('/v/:token/submit', async (req, res) => {
    const session = await openForWrite(req, res);
    assertCapturing(session);
    holdWriteSlot(session, res);
    const { documentType } = parseInput(ZSubmitBody, req.body);
    const progress = await workflows.update(session, submitUpdate, [{ documentType }]);
    res.status(202).json({ view: await viewOf(session, progress) });
  });

  return router;
}

/**
 * What the workflow would refuse, read from the session's row: not started yet, or submitted, decided or ended.
 * The workflow still has the last word (the row may lag it by an activity).
 */
function assertCapturing(session: Session): void {
  if (!session.startedAt) throw new AppError('SESSION_NOT_STARTED', 'The session has not been started');
  if (session.status !== 'ACTIVE' || session.submittedAt) throw new AppError('INVALID_STATE', 'The session no longer accepts uploads');
}

/** The attempt a capturing session collects images for: the one after the last submitted (and refused) attempt. */
function captureAttemptOf(session: Session): number {
  return session.attempts + 1;
}

function isExpired(session: Session): boolean {
  if (session.status === 'EXPIRED') return true;
  if (session.status !== 'ACTIVE' || session.submittedAt) return false;
  const startDeadline = session.startedAt ? session.startedAt.getTime() + session.sessionLength * 1000 : session.expiresAt.getTime();
  return startDeadline <= Date.now();
}

export function hostedFlowView(session: Session, progress: SessionProgress | undefined, config: AppDeps['config']): HostedFlowView {
  const phase = phaseOf(session, progress);
  const deadline = progress?.deadline ? Date.parse(progress.deadline) : null;
  const current = progress && session.status === 'ACTIVE' ? progress.status : session.status;
  // The person is never told a session is SUSPECTED (a fraud signal): to them it was not verified.
  const status = current === 'SUSPECTED' ? 'DENIED' : current;
  return {
    phase,
    status,
    final: session.final,
    flow: session.flow,
    documentTypes: session.documents.filter((type): type is DocumentType => (DOCUMENT_TYPES as string[]).includes(type)),
    attempt: progress?.attempt ?? Math.max(1, session.attempts),
    maxAttempts: session.maxAttempts,
    uploaded: progress?.uploaded ?? [],
    retryReasons: progress?.retryReasons ?? [],
    secondsLeft: phase === 'CAPTURE' && deadline !== null ? Math.max(0, Math.floor((deadline - Date.now()) / 1000)) : null,
    redirectUrl: phase === 'DONE' ? redirectFor(session, status) : null,
    uploadMaxBytes: config.documents.uploadMaxBytes,
  };
}

function phaseOf(session: Session, progress: SessionProgress | undefined): HostedFlowPhase {
  if (DONE_STATUSES.has(session.status) || session.status === 'EXPIRED') return 'DONE';
  if (!progress) return session.startedAt ? 'CHECKING' : 'WELCOME';
  if (progress.phase === 'CREATED') return 'WELCOME';
  if (progress.phase === 'STARTED') return 'CAPTURE';
  // Open to a review a moment before the status says REVIEWING (session-steps `check`): still checking until it does.
  return progress.phase === 'CHECKING' || progress.status === 'ACTIVE' ? 'CHECKING' : 'DONE';
}

/** Where the session's redirect URLs send the person; only the session reference travels, never the result. */
function redirectFor(session: Session, status: Session['status']): string | null {
  const target = status === 'APPROVED' ? session.successUrl : status === 'REVIEWING' ? session.unverifiedUrl : session.errorUrl;
  if (!target) return null;
  const url = new URL(target);
  url.searchParams.set('scanRef', session.id);
  return url.toString();
}

function sendUnavailable(res: Response, status: number, reason: 'EXPIRED' | 'NOT_FOUND', language: Language, languageLinks: LanguageLink[], branding: PageBranding | null): void {
  res.status(status).type('html').send(renderSessionUnavailablePage({ language, reason, languageLinks, branding }));
}
