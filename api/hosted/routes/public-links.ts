/**
 * The public side of a reusable link. `GET /l/{slug}` shows the landing page and records a view (HEAD requests
 * and link scanners record nothing); `POST /l/{slug}` is the click: one use, one session, `303` to the hosted flow.
 * A browser that presses Start again while its session is open resumes it instead of consuming another use.
 */
import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import type { Link } from '@prisma/client';
import { ERROR_STATUS } from '../../../lib/errors';
import { newId, SLUG_PATTERN } from '../../../lib/ids';
import { requireKeyring } from '../../../lib/config';
import { sha256Hex } from '../../../lib/secrets';
import { sessionTokenFor } from '../../../lib/session-tokens';
import type { AppDeps } from '../../deps';
import { isLinkScanner } from '../bots';
import type { Language } from '../../../lib/languages';
import { languageLinksFor } from '../../html/layout';
import { pageLanguage, rememberLanguageChoice } from '../page-language';
import { createLinkClaimer, type ClaimOutcome } from '../../../services/links/claim-link-use';
import { claimUnlimitedLinkUse } from '../../../services/links/claim-unlimited-use';
import { createUsesCountedNotifier } from '../../../services/links/uses-counted-notifier';
import { sessionWorkflows } from '../../../services/sessions/session-workflows';
import { createSessionStarter } from '../../../services/sessions/session-starter';
import { startUpdate } from '../../../workflows/definitions';
import { renderLandingPage, renderLinkUnavailablePage } from '../pages/link-pages';
import { loadPageBranding, type PageBranding } from '../../../services/branding/page-branding';

type Unavailable = 'LINK_EXPIRED' | 'LINK_EXHAUSTED' | 'LINK_DEACTIVATED' | 'NOT_FOUND' | 'ACCOUNT_UNAVAILABLE';

const UNAVAILABLE_MESSAGE: Record<Unavailable, string> = {
  LINK_EXPIRED: 'This link has expired',
  LINK_EXHAUSTED: 'This link has no uses left',
  LINK_DEACTIVATED: 'This link was deactivated',
  NOT_FOUND: 'No such link',
  // The person is not told about billing: out of credits reads as "temporarily unavailable".
  ACCOUNT_UNAVAILABLE: 'Verification is temporarily unavailable; try again later',
};

const STATUS_REASON: Record<Exclude<Link['status'], 'ACTIVE'>, Unavailable> = {
  EXPIRED: 'LINK_EXPIRED',
  EXHAUSTED: 'LINK_EXHAUSTED',
  DEACTIVATED: 'LINK_DEACTIVATED',
};

/** The cookie that lets a browser resume its open session from the landing page. */
const resumeCookie = (linkId: string) => `mls_${linkId}`;

export function publicLinkRoutes({ db, temporal, config, dispatch, logger }: Pick<AppDeps, 'db' | 'temporal' | 'config' | 'dispatch' | 'logger'>): Router {
  const router = Router();
  const claimLinkUse = createLinkClaimer(temporal);
  const notifyUsesCounted = createUsesCountedNotifier(temporal);
  const workflows = sessionWorkflows(temporal, config);
  const tokenKey = requireKeyring(config);
  const sessionStartDeps = { db, temporal, dispatch, taskQueue: config.temporal.taskQueue, sessionSettings: config.sessions };
  const sessionWriter = { ...sessionStartDeps, sessionStarter: createSessionStarter(sessionStartDeps, config.sessions.startsInFlight) };
  router.use('/l', cookieParser());
  const secureCookies = config.http.publicBaseUrl.startsWith('https:');

  async function findLink(slug: string): Promise<Link | null> {
    return SLUG_PATTERN.test(slug) ? db.link.findUnique({ where: { slug } }) : null;
  }

  async function brandingOf(link: Link | null): Promise<PageBranding | null> {
    return link ? loadPageBranding(db, link.accountId, link.id) : null;
  }

  router.get('/l/:slug', async (req, res) => {
    rememberLanguageChoice(req, res, secureCookies);
    const link = await findLink(req.params.slug);
    const language = pageLanguage(req, link?.language);
    if (!link) return sendUnavailable(req, res, 'NOT_FOUND', language, null);
    const inactive = inactiveReason(link);
    if (inactive) return sendUnavailable(req, res, inactive, language, await brandingOf(link));
    if (req.method === 'GET' && !isLinkScanner(req.get('user-agent'))) {
      await db.$transaction([
        db.linkView.create({ data: { id: newId('linkView'), linkId: link.id, source: req.query.src === 'qr' ? 'QR' : 'DIRECT' } }),
        db.link.update({ where: { id: link.id }, data: { views: { increment: 1 } } }),
      ]);
    }
    const branding = await loadPageBranding(db, link.accountId, link.id);
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(
      renderLandingPage({
        privacy: { business: branding.controller, retentionSeconds: config.sessions.retentionSeconds, privacyPolicyUrl: branding.privacyPolicyUrl },
        branding,
        language,
        flow: link.flow,
        actionUrl: `/l/${link.slug}`,
        languageLinks: languageLinksFor(`/l/${link.slug}`, language),
      }),
    );
  });

  router.post('/l/:slug', async (req, res) => {
    const link = await findLink(req.params.slug);
    const language = pageLanguage(req, link?.language);
    if (!link) return sendUnavailable(req, res, 'NOT_FOUND', language, null);
    // An open session is resumed even when the link has since been used up, expired or deactivated: those stop
    // new sessions, not the ones already running.
    const resumable = await openSessionOf(req, link);
    if (resumable) return sendToSession(req, res, resumable.sessionId, resumable.token);
    const inactive = inactiveReason(link);
    if (inactive) return sendUnavailable(req, res, inactive, language, await brandingOf(link));

    const sessionId = newId('session');
    const token = sessionTokenFor(tokenKey, sessionId);
    const outcome = await claim(link, sessionId, sha256Hex(token));
    switch (outcome.kind) {
      case 'claimed': {
        res.cookie(resumeCookie(link.id), token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookies,
          path: `/l/${link.slug}`,
          maxAge: 24 * 60 * 60 * 1000,
        });
        return sendToSession(req, res, sessionId, token);
      }
      case 'refused':
        return sendUnavailable(req, res, outcome.reason, language, await brandingOf(link));
      case 'closed': {
        const current = await db.link.findUniqueOrThrow({ where: { id: link.id } });
        return sendUnavailable(req, res, inactiveReason(current) ?? 'LINK_DEACTIVATED', language, await brandingOf(link));
      }
      case 'timed-out':
        // Same page for the person; integrators reading JSON learn it was our side, not their credits.
        return sendUnavailable(req, res, 'ACCOUNT_UNAVAILABLE', language, await brandingOf(link), 'SERVICE_UNAVAILABLE');
    }
  });

  /** Limited links count through their workflow (exactness first); UNLIMITED ones in one statement here. */
  async function claim(link: Link, sessionId: string, tokenHash: string): Promise<{ kind: 'claimed' } | Exclude<ClaimOutcome, { kind: 'claimed' }>> {
    if (link.usageType !== 'UNLIMITED') {
      const stillActive = async () => inactiveReason(await db.link.findUniqueOrThrow({ where: { id: link.id } })) === null;
      return claimLinkUse(link.id, { sessionId, tokenHash }, stillActive);
    }
    const outcome = await claimUnlimitedLinkUse(sessionWriter, link, { sessionId, tokenHash });
    if (outcome.kind === 'refused') return outcome;
    // Off the click's path: the answer does not wait for the workflow's start.
    outcome.started.catch((error: unknown) => logger.warn({ err: error, sessionId }, 'session workflow start failed; the event sweeper will start it'));
    notifyUsesCounted(link.id).catch((error: unknown) => logger.warn({ err: error, linkId: link.id }, 'could not tell the link workflow of new uses; it reads them at the next click or at its end'));
    return { kind: 'claimed' };
  }

  async function openSessionOf(req: Request, link: Link): Promise<{ sessionId: string; token: string } | null> {
    const token = (req.cookies as Record<string, string> | undefined)?.[resumeCookie(link.id)];
    if (!token || token.length > 100) return null;
    const session = await db.session.findUnique({ where: { tokenHash: sha256Hex(token) } });
    const open = session && session.linkId === link.id && session.status === 'ACTIVE' && session.expiresAt.getTime() > Date.now();
    return open ? { sessionId: session.id, token } : null;
  }

  /**
   * The Start of the link page's form is the person's consent and Start of the verification: the session starts here,
   * so the hosted page opens on its first step instead of asking again. JSON clients get an unstarted session, whose
   * hosted page asks the person themselves.
   */
  async function sendToSession(req: Request, res: Response, sessionId: string, token: string): Promise<void> {
    const redirectUrl = `${config.http.publicBaseUrl}/v/${token}`;
    res.setHeader('Cache-Control', 'no-store');
    if (wantsJson(req)) {
      res.status(303).location(redirectUrl).json({ sessionId, redirectUrl });
      return;
    }
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    if (!session.startedAt) await workflows.update(session, startUpdate, []);
    res.redirect(303, redirectUrl);
  }

  return router;
}

function inactiveReason(link: Link): Unavailable | null {
  if (link.status !== 'ACTIVE') return STATUS_REASON[link.status];
  if (link.expiresAt && link.expiresAt.getTime() <= Date.now()) return 'LINK_EXPIRED';
  if (link.maxUses !== null && link.usesConsumed >= link.maxUses) return 'LINK_EXHAUSTED';
  return null;
}

function wantsJson(req: Request): boolean {
  return req.accepts(['html', 'json']) === 'json';
}

function sendUnavailable(req: Request, res: Response, reason: Unavailable, language: Language, branding: PageBranding | null, code: string = reason): void {
  const message = UNAVAILABLE_MESSAGE[reason];
  res.status(ERROR_STATUS[reason]).setHeader('Cache-Control', 'no-store');
  if (wantsJson(req)) {
    res.json({ error: { code, message } });
    return;
  }
  const languageLinks = languageLinksFor(`/l/${encodeURIComponent(String(req.params.slug))}`, language);
  res.type('html').send(renderLinkUnavailablePage({ language, reason, languageLinks, branding }));
}
