/** Dashboard: reusable links, each with its public URL, QR code and funnel. */
import { Router, type Response } from 'express';
import type { AppDeps } from '../../app';
import { linkFunnel } from '../../link-funnel';
import { operatorOf } from '../../middleware/operator-session';
import { renderLinkPage, renderLinksPage } from '../../pages/dashboard/links';
import { QR_SIZE, renderQrCode } from '../../qr';
import { linkView, qrTarget } from '../links';
import { operatorFrame } from './operator-frame';

export function linkPages({ db, config }: Pick<AppDeps, 'db' | 'config' | 'temporal'>): Router {
  const router = Router();

  async function linkOfOperator(res: Response, rawId: string) {
    if (!/^lnk_[0-9a-z]{29}$/.test(rawId)) return null;
    return db.link.findFirst({ where: { id: rawId, accountId: operatorOf(res).user.accountId } });
  }

  router.get('/dashboard/links', async (_req, res) => {
    const frame = await operatorFrame(db, res);
    const links = await db.link.findMany({ where: { accountId: frame.accountId }, orderBy: { id: 'desc' }, take: 100 });
    res.type('html').send(renderLinksPage({ ...frame, links: links.map((link) => ({ ...link, status: linkView(link, config).status })) }));
  });

  router.get('/dashboard/links/:id', async (req, res) => {
    const link = await linkOfOperator(res, req.params.id);
    if (!link) return res.status(404).type('text').send('No such link in this account.');
    const view = linkView(link, config);
    res.type('html').send(
      renderLinkPage({
        ...(await operatorFrame(db, res)),
        link: { ...link, status: view.status, url: view.url, temporalUrl: view.temporalUrl },
        funnel: { ...(await linkFunnel(db, link)) },
      }),
    );
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
