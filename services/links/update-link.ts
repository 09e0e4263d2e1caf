/**
 * Changes what may change on a reusable link: its name and its branding overrides. Both live on the row only (the
 * link's pages read them there); usage, expiry and the rest are its workflow's input and never change.
 */
import type { Link } from '@prisma/client';
import type { Database } from '../../lib/db';
import { brandingColumnsOf } from '../branding/branding-columns';
import type { TLinkBrandingRequest } from '../schemas/branding';

export async function updateLink(db: Database, link: Link, changes: { name?: string; branding?: TLinkBrandingRequest }): Promise<Link> {
  return db.link.update({
    where: { id: link.id },
    data: { ...(changes.name !== undefined ? { name: changes.name } : {}), ...(changes.branding ? brandingColumnsOf(changes.branding) : {}) },
  });
}
