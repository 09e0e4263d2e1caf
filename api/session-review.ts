/**
 * A reviewer's decision, from the API or the dashboard: written to a Review row first (what the reviewer entered is
 * personal data and never enters workflow history), then sent to the session's workflow as a `review` update
 * whose id is the review's. A refused review (not in REVIEWING, or another one won) leaves no row behind.
 */
import type { Session } from '@prisma/client';
import type { z } from 'zod';
import type { Database } from '../lib/db';
import { AppError } from '../lib/errors';
import { newId } from '../lib/ids';
import { reviewUpdate } from '../workflows/definitions';
import type { ZReviewRequest } from './schemas/sessions';
import type { SessionWorkflows } from './session-workflows';

export async function reviewSession(
  { db, workflows }: { db: Database; workflows: SessionWorkflows },
  session: Session,
  decision: z.infer<typeof ZReviewRequest>,
  reviewerId: string,
): Promise<Session> {
  if (session.status !== 'REVIEWING') {
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
    if (error instanceof AppError && error.code === 'INVALID_STATE') await db.review.delete({ where: { id: review.id } });
    throw error;
  }
  return db.session.findUniqueOrThrow({ where: { id: session.id } });
}
