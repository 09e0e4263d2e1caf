import type { Request, Response } from 'express';
import { type Language, SUPPORTED_LANGUAGES, isLanguage } from '../../lib/languages';

/**
 * The person's explicit choice from a language switcher, kept for the rest of the visit (the browser's session):
 * Start on a link page, a reload and an error page all keep it. Path `/` so link pages and hosted pages share it.
 */
export const LANGUAGE_COOKIE = 'ml_lang';

/**
 * The language of a hosted page, by precedence: the person's explicit choice (`?lang=` on this request, else the
 * cookie an earlier choice left), then the language set on the link or session (null when the integrator set none), then the browser's
 * `Accept-Language` (negotiated by Express's `accepts`), then English. Unsupported codes are skipped, so `lang`
 * always matches the page's text.
 */
export function pageLanguage(req: Request, storedLanguage: string | null | undefined): Language {
  const chosen = chosenLanguage(req);
  if (chosen) return chosen;
  if (storedLanguage && isLanguage(storedLanguage)) return storedLanguage;
  const negotiated = req.acceptsLanguages([...SUPPORTED_LANGUAGES]);
  return isLanguage(negotiated) ? negotiated : 'en';
}

/** Remembers a language picked on this request (`?lang=`) for the rest of the visit; anything else is left as is. */
export function rememberLanguageChoice(req: Request, res: Response, secure: boolean): void {
  const requested = req.query.lang;
  if (isLanguage(requested) && readCookie(req) !== requested) {
    res.cookie(LANGUAGE_COOKIE, requested, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
  }
}

function chosenLanguage(req: Request): Language | null {
  const requested = req.query.lang;
  if (isLanguage(requested)) return requested;
  const remembered = readCookie(req);
  return isLanguage(remembered) ? remembered : null;
}

function readCookie(req: Request): unknown {
  return (req.cookies as Record<string, unknown> | undefined)?.[LANGUAGE_COOKIE];
}
