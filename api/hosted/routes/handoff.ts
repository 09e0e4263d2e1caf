/**
 * Desktop → phone handoff. On a computer, the hosted page's capture steps link to `/v/{token}/handoff`: a page with a
 * new short code (QR code and short link `/h/{code}`) that follows what the phone does. The first browser to open
 * `/h/{code}` (its page posts the code at once) uses the code and goes to the session's own page, `/v/{token}`: the
 * same session continues there, with no new link use and no new credit. A used, expired or unknown code answers a page saying so; unknown codes are
 * guesses, throttled per client address.
 */
import { isIPv6 } from 'node:net';
import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import type { Session } from '@prisma/client';
import { AppError } from '../../../lib/errors';
import { createFailureThrottle } from '../../../lib/failure-throttle';
import { normaliseHandoffCode } from '../../../lib/handoff-codes';
import { createRateLimiter } from '../../../lib/rate-limit';
import { sha256Hex } from '../../../lib/secrets';
import { createHandoff } from '../../../services/handoffs/create-handoff';
import { redeemHandoff } from '../../../services/handoffs/redeem-handoff';
import { QR_SIZE, renderQrCode } from '../../../services/links/render-qr-code';
import { sessionWorkflows } from '../../../services/sessions/session-workflows';
import type { AppDeps } from '../../deps';
import { languageLinksFor } from '../../html/layout';
import { pageLanguage, rememberLanguageChoice } from '../page-language';
import { renderHandoffOpeningPage, renderHandoffPage, renderHandoffUnavailablePage, type HandoffUnavailableReason } from '../pages/handoff-pages';
import { hostedFlowView } from './hosted-flow';

/** Session tokens are 30 random bytes in base64url (lib/session-tokens.ts). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{40}$/;

/**
 * Unknown codes one client address may try before it is locked out: a mistyped code or two is a person, ten in a
 * quarter of an hour is a search (docs/security.md works out the odds).
 */
export const HANDOFF_GUESSES = { maxFailures: 10, windowMs: 15 * 60_000, lockoutMs: 15 * 60_000 } as const;

/** New codes per session: every open of the desktop page makes one, so a reload loop is bounded. */
const CODES_PER_SESSION = { limit: 20, windowMs: 10 * 60_000 } as const;

export function handoffRoutes({ db, temporal, config }: Pick<AppDeps, 'db' | 'temporal' | 'config'>): Router {
  const router = Router();
  const workflows = sessionWorkflows(temporal, config);
  const guesses = createFailureThrottle(HANDOFF_GUESSES);
  const newCodes = createRateLimiter(CODES_PER_SESSION);
  const secureCookies = config.http.publicBaseUrl.startsWith('https:');

  router.use(['/h', '/v'], cookieParser());
  router.use('/h', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  async function sessionOf(token: string): Promise<Session | null> {
    return TOKEN_PATTERN.test(token) ? db.session.findUnique({ where: { tokenHash: sha256Hex(token) } }) : null;
  }

  function sendUnavailable(req: Request, res: Response, status: number, reason: HandoffUnavailableReason, storedLanguage: string | null): void {
    const language = pageLanguage(req, storedLanguage);
    const languageLinks = languageLinksFor(req.path, language);
    res.status(status).type('html').send(renderHandoffUnavailablePage({ language, reason, languageLinks }));
  }

  /** The desktop's page: a new code each time it is opened, while the session is taking photos. */
  router.get('/v/:token/handoff', async (req: Request<{ token: string }>, res) => {
    rememberLanguageChoice(req, res, secureCookies);
    const flowPath = `/v/${encodeURIComponent(req.params.token)}`;
    const session = await sessionOf(req.params.token);
    // Not taking photos (not started, sent, ended, unknown): the session's own page says where it stands.
    if (!session || !isCapturing(session)) return res.redirect(303, flowPath);
    const language = pageLanguage(req, session.language);
    const decision = newCodes.take(session.id);
    if (!decision.allowed) {
      res.setHeader('Retry-After', String(decision.retryAfterSeconds));
      return sendUnavailable(req, res, 429, 'RATE_LIMITED', session.language);
    }
    const { handoff, code } = await createHandoff({ db, config }, session, language);
    const shortUrl = `${config.http.publicBaseUrl}/h/${code}`;
    const svg = await renderQrCode(shortUrl, 'svg', QR_SIZE.min * 2);
    const handoffPath = `${flowPath}/handoff`;
    res.type('html').send(
      renderHandoffPage({
        language,
        languageLinks: languageLinksFor(handoffPath, language),
        facts: {
          shortUrl,
          qrCodeUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
          flowPath,
          handoffPath,
          statusPath: `${handoffPath}/${handoff.id}`,
        },
      }),
    );
  });

  /** What the desktop page shows: whether a phone opened its code, and where the session is. */
  router.get('/v/:token/handoff/:handoffId', async (req: Request<{ token: string; handoffId: string }>, res) => {
    const session = await sessionOf(req.params.token);
    if (!session) throw new AppError('NOT_FOUND', 'This verification link is not valid');
    const handoff = await db.handoff.findFirst({ where: { id: req.params.handoffId, sessionId: session.id } });
    if (!handoff) throw new AppError('NOT_FOUND', 'No such handoff for this session');
    const progress = session.startedAt && session.status === 'ACTIVE' ? await workflows.progress(session) : undefined;
    const view = hostedFlowView(session, progress, config);
    const phone = handoff.usedAt ? 'OPENED' : handoff.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : 'WAITING';
    res.json({ phone, phase: view.phase, uploaded: view.uploaded.length });
  });

  /** The phone's short link: a page whose form uses the code (GET stays safe for previews and scanners). */
  router.get('/h/:code', (req: Request<{ code: string }>, res) => {
    const language = pageLanguage(req, null);
    res.type('html').send(renderHandoffOpeningPage({ language, action: `/h/${encodeURIComponent(req.params.code)}` }));
  });

  router.post('/h/:code', async (req: Request<{ code: string }>, res) => {
    const client = clientKey(req.ip ?? '');
    const lockedForMs = guesses.lockedForMs(client);
    if (lockedForMs > 0) {
      res.setHeader('Retry-After', String(Math.ceil(lockedForMs / 1000)));
      return sendUnavailable(req, res, 429, 'RATE_LIMITED', null);
    }
    const code = normaliseHandoffCode(req.params.code);
    const redemption = code ? await redeemHandoff({ db, config }, code) : ({ ok: false, reason: 'NOT_FOUND', language: null } as const);
    if (redemption.ok) return res.redirect(303, `/v/${redemption.token}?lang=${redemption.language}`);
    if (redemption.reason === 'NOT_FOUND') {
      guesses.fail(client);
      return sendUnavailable(req, res, 404, 'NOT_FOUND', null);
    }
    sendUnavailable(req, res, 410, redemption.reason, redemption.language);
  });

  return router;
}

/** Taking photos: started, not sent, not ended, and within its time (the workflow has the last word). */
function isCapturing(session: Session): boolean {
  if (!session.startedAt || session.status !== 'ACTIVE' || session.submittedAt) return false;
  return session.startedAt.getTime() + session.sessionLength * 1000 > Date.now();
}

/**
 * Whom guesses are counted against: an IPv4 address, or an IPv6 address's /64 — one subscriber's network, whose
 * addresses cost nothing to change.
 */
function clientKey(address: string): string {
  if (!isIPv6(address) || address.startsWith('::ffff:')) return address.replace(/^::ffff:/, '');
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).join(':')}::/64`;
}
