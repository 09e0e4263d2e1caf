/**
 * Dashboard home: the review queue — the account's sessions waiting for a person's decision, the longest waiting
 * first — and the next one after a given session, for the review screen's "next" shortcut.
 */
import { Router } from 'express';
import type { Prisma } from '@prisma/client';
import type { AppDeps } from '../../deps';
import type { Database } from '../../../lib/db';
import { renderReviewQueuePage } from '../pages/review-queue';
import { operatorFrame } from './operator-frame';

/** The queue shows this many; the count in the navigation says how many wait in all. */
const QUEUE_SIZE = 100;

/** Waiting longest first: since the review was requested (older rows without it: since submission, then creation). */
const OLDEST_FIRST: Prisma.SessionOrderByWithRelationInput[] = [
  { reviewRequestedAt: { sort: 'asc', nulls: 'first' } },
  { submittedAt: { sort: 'asc', nulls: 'first' } },
  { id: 'asc' },
];

export function reviewQueuePage({ db }: Pick<AppDeps, 'db'>): Router {
  const router = Router();
  router.get('/dashboard', async (_req, res) => {
    const frame = operatorFrame(res);
    const rows = await db.session.findMany({
      where: { accountId: frame.accountId, status: 'REVIEWING' },
      include: { link: { select: { id: true, name: true } }, reviewClaim: true },
      orderBy: OLDEST_FIRST,
      take: QUEUE_SIZE,
    });
    const now = new Date();
    res.type('html').send(
      renderReviewQueuePage({
        ...frame,
        now,
        sessions: rows.map((row) => ({
          id: row.id,
          clientId: row.clientId,
          flow: row.flow,
          link: row.link,
          waitingSince: row.reviewRequestedAt ?? row.submittedAt ?? row.createdAt,
          autoDocument: row.autoDocument,
          autoFace: row.autoFace,
          fraudTags: row.fraudTags,
          mismatchTags: row.mismatchTags,
          reviewer: row.reviewClaim && row.reviewClaim.expiresAt > now ? row.reviewClaim.userEmail : null,
        })),
      }),
    );
  });
  return router;
}

/** The session waiting longest for review other than `sessionId`, or null when it is the only one. */
export async function nextInQueue(db: Database, accountId: string, sessionId: string): Promise<string | null> {
  const next = await db.session.findFirst({ where: { accountId, status: 'REVIEWING', id: { not: sessionId } }, orderBy: OLDEST_FIRST, select: { id: true } });
  return next?.id ?? null;
}
