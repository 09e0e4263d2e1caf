import type { Request } from 'express';
import { type Language, isLanguage } from '../../lib/languages';

/**
 * The language of a hosted page: the one the person picked (`?lang=`), else the one stored for the session or link,
 * else English. Unsupported codes are skipped, so `lang` always matches the page's text.
 */
export function pageLanguage(req: Request, storedLanguage: string | undefined): Language {
  const requested = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  if (requested && isLanguage(requested)) return requested;
  return storedLanguage && isLanguage(storedLanguage) ? storedLanguage : 'en';
}
