/**
 * An account's logo and a link's own logo are kept the same way: an upload goes through the logo intake (sniffed,
 * capped, decoded, re-encoded as PNG) into the encrypted document store, in the account's folder under a new id, so
 * the served URL changes with the picture and can be cached for good; the owner is then pointed at it, and the logo
 * it had before is removed from the store and the change audited.
 */
import { acceptLogo } from '../../lib/branding/logo-intake';
import type { Database } from '../../lib/db';
import { logoStorageKeyFor, type DocumentStore } from '../../lib/documents/store';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { recordAuditEntry, type AuditActor } from '../audit/record-audit-entry';

export interface LogoDeps {
  db: Database;
  documents: DocumentStore;
}

export interface StoredLogo {
  logoId: string;
  width: number;
  height: number;
}

export async function storeLogo(documents: DocumentStore, accountId: string, upload: Buffer): Promise<StoredLogo> {
  const accepted = await acceptLogo(upload);
  if (!accepted.ok) throw new AppError(accepted.problem, accepted.message);
  const logoId = newId('logo');
  await documents.put(logoStorageKeyFor(accountId, logoId), accepted.logo.bytes);
  return { logoId, width: accepted.logo.width, height: accepted.logo.height };
}

/**
 * Points an owner that had `previousLogoId` at `logo` (null: none) with `point`, removes the previous logo from the
 * store once nothing points at it, and audits `actions.uploaded` or `actions.removed` on the owner.
 */
export async function repointLogo<Owner extends { id: string }>(
  { db, documents }: LogoDeps,
  actor: AuditActor,
  change: { previousLogoId: string | null; logo: StoredLogo | null; point: (logoId: string | null) => Promise<Owner>; actions: { uploaded: string; removed: string } },
): Promise<Owner> {
  const { previousLogoId, logo } = change;
  const owner = await change.point(logo?.logoId ?? null);
  if (previousLogoId) await documents.delete(logoStorageKeyFor(actor.accountId, previousLogoId));
  await recordAuditEntry(db, actor, logo ? change.actions.uploaded : change.actions.removed, owner.id, {
    logoId: logo?.logoId ?? null,
    previousLogoId,
    ...(logo ? { width: logo.width, height: logo.height } : {}),
  });
  return owner;
}
