/** A reusable link's funnel: views → clicks → sessions started → submitted → decided (API stats and dashboard). */
import type { Link } from '@prisma/client';
import type { Database } from '../lib/db';

export interface LinkFunnel {
  views: number;
  clicks: number;
  sessionsStarted: number;
  submitted: number;
  approved: number;
  denied: number;
  suspected: number;
  expired: number;
}

export async function linkFunnel(db: Database, link: Link): Promise<LinkFunnel> {
  const byStatus = await db.session.groupBy({ by: ['status'], where: { linkId: link.id }, _count: { _all: true } });
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const [sessionsStarted, submitted] = await Promise.all([
    db.session.count({ where: { linkId: link.id, startedAt: { not: null } } }),
    db.session.count({ where: { linkId: link.id, submittedAt: { not: null } } }),
  ]);
  return {
    views: link.views,
    clicks: link.usesConsumed,
    sessionsStarted,
    submitted,
    approved: count('APPROVED'),
    denied: count('DENIED'),
    suspected: count('SUSPECTED'),
    expired: count('EXPIRED'),
  };
}
