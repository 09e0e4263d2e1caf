/**
 * Sets or removes a link's own logo (null: its pages show the account's), kept like the account's (store-logo.ts).
 * Another account's link is 404.
 */
import type { Link } from '@prisma/client';
import { AppError } from '../../lib/errors';
import type { AuditActor } from '../audit/record-audit-entry';
import { repointLogo, storeLogo, type LogoDeps, type StoredLogo } from './store-logo';

export async function replaceLinkLogo(deps: LogoDeps, actor: AuditActor, linkId: string, upload: Buffer): Promise<Link> {
  const link = await linkOf(deps, actor, linkId);
  return pointLinkAt(deps, actor, link, await storeLogo(deps.documents, actor.accountId, upload));
}

export async function removeLinkLogo(deps: LogoDeps, actor: AuditActor, linkId: string): Promise<Link> {
  return pointLinkAt(deps, actor, await linkOf(deps, actor, linkId), null);
}

async function linkOf({ db }: LogoDeps, actor: AuditActor, linkId: string): Promise<Link> {
  const link = await db.link.findFirst({ where: { id: linkId, accountId: actor.accountId } });
  if (!link) throw new AppError('NOT_FOUND', `Link ${linkId} not found`);
  return link;
}

function pointLinkAt(deps: LogoDeps, actor: AuditActor, link: Link, logo: StoredLogo | null): Promise<Link> {
  return repointLogo(deps, actor, {
    previousLogoId: link.brandLogoId,
    logo,
    point: (logoId) => deps.db.link.update({ where: { id: link.id }, data: { brandLogoId: logoId } }),
    actions: { uploaded: 'branding.link_logo_uploaded', removed: 'branding.link_logo_removed' },
  });
}
