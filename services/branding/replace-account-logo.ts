/** Sets or removes an account's logo (kept as store-logo.ts says). */
import type { Account } from '@prisma/client';
import type { AuditActor } from '../audit/record-audit-entry';
import { repointLogo, storeLogo, type LogoDeps, type StoredLogo } from './store-logo';

export async function replaceAccountLogo(deps: LogoDeps, actor: AuditActor, upload: Buffer): Promise<Account> {
  return pointAccountAt(deps, actor, await storeLogo(deps.documents, actor.accountId, upload));
}

export async function removeAccountLogo(deps: LogoDeps, actor: AuditActor): Promise<Account> {
  return pointAccountAt(deps, actor, null);
}

async function pointAccountAt(deps: LogoDeps, actor: AuditActor, logo: StoredLogo | null): Promise<Account> {
  const before = await deps.db.account.findUniqueOrThrow({ where: { id: actor.accountId }, select: { brandLogoId: true } });
  return repointLogo(deps, actor, {
    previousLogoId: before.brandLogoId,
    logo,
    point: (logoId) => deps.db.account.update({ where: { id: actor.accountId }, data: { brandLogoId: logoId } }),
    actions: { uploaded: 'branding.logo_uploaded', removed: 'branding.logo_removed' },
  });
}
