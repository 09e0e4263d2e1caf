/**
 * A reviewer's decision, from the API or the dashboard: written to a Review row first (what the reviewer entered is
 * personal data and never enters workflow history), then sent to the session's workflow as a `review` update
 * whose id is the review's. A refused review (not in REVIEWING, or another one won) leaves no row behind; a review
 * that already applied (retried by the reviewer, or redelivered after a worker crash) answers with the decision.
 */
import type { Session } from '@prisma/client';
import type { z } from 'zod';
import type { Database } from '../../lib/db';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { reviewUpdate } from '../../workflows/definitions';
import type { ZReviewRequest } from '../schemas/sessions';
import type { SessionWorkflows } from './session-workflows';

export async function reviewSession(
  { db, workflows }: { db: Database; workflows: SessionWorkflows },
  session: Session,
  decision: z.infer<typeof ZReviewRequest>,
  reviewerId: string,
): Promise<Session> {
  if (session.status !== 'REVIEWING') {
    if (await sameReviewApplied(db, session.id, decision.decision, reviewerId)) return session;
    throw new AppError('INVALID_STATE', `Only a session in REVIEWING can be reviewed; this one is ${session.status}`);
  }
  const review = await db.review.create({
    data: {
      id: newId('review'),
      sessionId: session.id,
      decision: decision.decision,
      reasons: decision.reasons ?? [],
      note: decision.note ?? null,
      data: decision.data ?? undefined,
      reviewerId,
    },
  });
  try {
    await workflows.update(session, reviewUpdate, [{ reviewId: review.id, decision: decision.decision }], review.id);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'INVALID_STATE')) throw error;
    // A worker that crashed after applying this review may answer its redelivery with a refusal: the decision stands.
    const applied = await db.review.findUniqueOrThrow({ where: { id: review.id } });
    if (applied.appliedAt === null) {
      await db.review.delete({ where: { id: review.id } });
      throw error;
    }
  }
  return db.session.findUniqueOrThrow({ where: { id: session.id } });
}

/**
 * The reviewer's retry of a request whose answer was lost (a timeout, a dropped connection): the same decision by the
 * same reviewer already applied answers like the first request did, with the decided session.
 */
async function sameReviewApplied(db: Database, sessionId: string, decision: string, reviewerId: string): Promise<boolean> {
  const applied = await db.review.findFirst({ where: { sessionId, appliedAt: { not: null } }, orderBy: { appliedAt: 'desc' } });
  return applied !== null && applied.decision === decision && applied.reviewerId === reviewerId;
}
