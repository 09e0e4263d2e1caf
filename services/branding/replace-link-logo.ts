/**
 * Sets or removes a link's own logo (null: its pages show the account's). Stored and served like the account's logo;
 * the previous one is removed from the store once the link points at the new one. Another account's link is 404.
 */
import type { Link } from '@prisma/client';
import type { Database } from '../../lib/db';
import { logoStorageKeyFor, type DocumentStore } from '../../lib/documents/store';
import { AppError } from '../../lib/errors';
import { recordAuditEntry, type AuditActor } from '../audit/record-audit-entry';
import { storeLogo } from './store-logo';

type Deps = { db: Database; documents: DocumentStore };

export async function replaceLinkLogo(deps: Deps, actor: AuditActor, linkId: string, upload: Buffer): Promise<Link> {
  await linkOf(deps.db, actor.accountId, linkId);
  const { logoId, width, height } = await storeLogo(deps.documents, actor.accountId, upload);
  return pointLinkAt(deps, actor, linkId, logoId, { width, height });
}

export async function removeLinkLogo(deps: Deps, actor: AuditActor, linkId: string): Promise<Link> {
  await linkOf(deps.db, actor.accountId, linkId);
  return pointLinkAt(deps, actor, linkId, null);
}

async function linkOf(db: Database, accountId: string, linkId: string): Promise<Link> {
  const link = await db.link.findFirst({ where: { id: linkId, accountId } });
  if (!link) throw new AppError('NOT_FOUND', `Link ${linkId} not found`);
  return link;
}

async function pointLinkAt(
  { db, documents }: Deps,
  actor: AuditActor,
  linkId: string,
  logoId: string | null,
  size?: { width: number; height: number },
): Promise<Link> {
  const before = await db.link.findUniqueOrThrow({ where: { id: linkId }, select: { brandLogoId: true } });
  const link = await db.link.update({ where: { id: linkId }, data: { brandLogoId: logoId } });
  if (before.brandLogoId) await documents.delete(logoStorageKeyFor(actor.accountId, before.brandLogoId));
  await recordAuditEntry(db, actor, logoId ? 'branding.link_logo_uploaded' : 'branding.link_logo_removed', link.id, {
    logoId,
    previousLogoId: before.brandLogoId,
    ...(size ?? {}),
  });
  return link;
}
