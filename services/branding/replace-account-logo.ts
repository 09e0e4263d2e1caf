/**
 * Sets or removes an account's logo. An upload is stored under a new id (store-logo.ts), so the served URL changes
 * with the picture and can be cached for good; the previous logo is removed from the store once the account points at
 * the new one.
 */
import type { Account } from '@prisma/client';
import type { Database } from '../../lib/db';
import { logoStorageKeyFor, type DocumentStore } from '../../lib/documents/store';
import { recordAuditEntry, type AuditActor } from '../audit/record-audit-entry';
import { storeLogo } from './store-logo';

export async function replaceAccountLogo(deps: { db: Database; documents: DocumentStore }, actor: AuditActor, upload: Buffer): Promise<Account> {
  const { logoId, width, height } = await storeLogo(deps.documents, actor.accountId, upload);
  return pointAccountAt(deps, actor, logoId, { width, height });
}

export async function removeAccountLogo(deps: { db: Database; documents: DocumentStore }, actor: AuditActor): Promise<Account> {
  return pointAccountAt(deps, actor, null);
}

async function pointAccountAt(
  { db, documents }: { db: Database; documents: DocumentStore },
  actor: AuditActor,
  logoId: string | null,
  size?: { width: number; height: number },
): Promise<Account> {
  const before = await db.account.findUniqueOrThrow({ where: { id: actor.accountId }, select: { brandLogoId: true } });
  const account = await db.account.update({ where: { id: actor.accountId }, data: { brandLogoId: logoId } });
  if (before.brandLogoId) await documents.delete(logoStorageKeyFor(actor.accountId, before.brandLogoId));
  await recordAuditEntry(db, actor, logoId ? 'branding.logo_uploaded' : 'branding.logo_removed', account.id, {
    logoId,
    previousLogoId: before.brandLogoId,
    ...(size ?? {}),
  });
  return account;
}
