/** Replaces an account's branding (all but the logo) and records who changed it, with the before and after. */
import type { Account } from '@prisma/client';
import type { Database } from '../../lib/db';
import { recordAuditEntry, type AuditActor } from '../audit/record-audit-entry';
import type { TUpdateBrandingRequest } from '../schemas/branding';
import { brandingColumnsOf, brandingFieldsOf } from './branding-columns';

export async function updateAccountBranding(db: Database, actor: AuditActor, request: TUpdateBrandingRequest): Promise<Account> {
  const before = await db.account.findUniqueOrThrow({ where: { id: actor.accountId } });
  const account = await db.account.update({ where: { id: actor.accountId }, data: brandingColumnsOf(request) });
  await recordAuditEntry(db, actor, 'branding.updated', account.id, { before: brandingFieldsOf(before), after: brandingFieldsOf(account) });
  return account;
}
