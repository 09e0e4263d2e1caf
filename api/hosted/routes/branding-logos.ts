/**
 * Logos of accounts and links, served from our origin so the hosted pages load nothing from elsewhere (CSP `img-src 'self'`) and the
 * business's own server never learns who opens a verification. The URL carries the logo's id, which changes with
 * every upload, so the answer can be cached for a year; a removed or replaced logo is 404.
 */
import { Router } from 'express';
import type { AppDeps } from '../../deps';
import { DocumentNotFoundError, logoStorageKeyFor } from '../../../lib/documents/store';

const LOGO_PATH = /^(lgo_[0-9a-z]{29})\.png$/;
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function brandingLogoRoutes({ db, documents }: Pick<AppDeps, 'db' | 'documents'>): Router {
  const router = Router();

  /** The account whose folder holds the logo: its own, or that of the link showing it; null if neither shows it. */
  async function ownerOf(logoId: string): Promise<string | null> {
    const account = await db.account.findUnique({ where: { brandLogoId: logoId }, select: { id: true } });
    if (account) return account.id;
    const link = await db.link.findUnique({ where: { brandLogoId: logoId }, select: { accountId: true } });
    return link?.accountId ?? null;
  }

  router.get('/branding/logos/:file', async (req, res) => {
    const logoId = LOGO_PATH.exec(req.params.file)?.[1];
    const accountId = logoId ? await ownerOf(logoId) : null;
    if (!logoId || !accountId) {
      res.status(404).setHeader('Cache-Control', 'no-store').json({ error: { code: 'NOT_FOUND', message: 'No such logo' } });
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await documents.get(logoStorageKeyFor(accountId, logoId));
    } catch (error) {
      if (!(error instanceof DocumentNotFoundError)) throw error;
      res.status(404).setHeader('Cache-Control', 'no-store').json({ error: { code: 'NOT_FOUND', message: 'No such logo' } });
      return;
    }
    res.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_SECONDS}, immutable`);
    res.setHeader('ETag', `"${logoId}"`);
    // Always our own PNG re-encoding (helmet adds nosniff, so it is never read as anything else).
    res.type('image/png').send(bytes);
  });

  return router;
}
