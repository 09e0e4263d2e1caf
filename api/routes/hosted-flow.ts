/**
 * The hosted verification page at `/v/{token}`: the token in the URL is the credential (stored only as its hash).
 * This first slice shows the start of the verification in the session's language and flow.
 */
import { Router, type Request, type Response } from 'express';
import { sha256Hex } from '../../lib/secrets';
import type { AppDeps } from '../app';
import { SUPPORTED_LANGUAGES, isLanguage, type Language } from '../i18n';
import { renderSessionStartPage, renderSessionUnavailablePage } from '../pages/session-pages';

/** Tokens are 32 random bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hostedFlowRoutes({ db }: Pick<AppDeps, 'db'>): Router {
  const router = Router();

  router.get('/v/:token', async (req, res) => {
    const token = req.params.token;
    const session = TOKEN_PATTERN.test(token) ? await db.session.findUnique({ where: { tokenHash: sha256Hex(token) } }) : null;
    const language = pageLanguage(req, session?.language);
    res.setHeader('Cache-Control', 'no-store');
    // The token must not leak to other sites through the Referer header.
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!session) return sendUnavailable(res, 404, 'NOT_FOUND', language);
    if (session.status === 'EXPIRED' || session.expiresAt.getTime() <= Date.now()) return sendUnavailable(res, 410, 'EXPIRED', language);
    res.type('html').send(
      renderSessionStartPage({
        language,
        flow: session.flow,
        sessionLengthSeconds: session.sessionLength,
        languageLinks: SUPPORTED_LANGUAGES.map((other) => ({ language: other, href: `/v/${token}?lang=${other}`, current: other === language })),
      }),
    );
  });

  return router;
}

function pageLanguage(req: Request, sessionLanguage: string | undefined): Language {
  const requested = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  if (requested && isLanguage(requested)) return requested;
  return sessionLanguage && isLanguage(sessionLanguage) ? sessionLanguage : 'en';
}

function sendUnavailable(res: Response, status: number, reason: 'EXPIRED' | 'NOT_FOUND', language: Language): void {
  res.status(status).type('html').send(renderSessionUnavailablePage({ language, reason }));
}
