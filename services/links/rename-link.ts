/** Renames a reusable link: the only setting that changes after creation (the rest is its workflow's input). */
import type { Link } from '@prisma/client';
import type { Database } from '../../lib/db';

export async function renameLink(db: Database, link: Link, name: string): Promise<Link> {
  return db.link.update({ where: { id: link.id }, data: { name } });
}
