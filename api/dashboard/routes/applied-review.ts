/** The review that decided a session, with who decided it in words: a dashboard user's email or an API key's name. */
import type { Database } from '../../../lib/db';
import type { AppliedReview } from '../pages/sessions';

export async function appliedReviewOf(db: Database, sessionId: string): Promise<AppliedReview | null> {
  const review = await db.review.findFirst({ where: { sessionId, appliedAt: { not: null } }, orderBy: { appliedAt: 'desc' } });
  if (!review) return null;
  return { decision: review.decision, reasons: review.reasons, note: review.note, at: review.appliedAt!, by: await reviewerName(db, review.reviewerId) };
}

async function reviewerName(db: Database, reviewerId: string): Promise<string> {
  if (reviewerId.startsWith('usr_')) {
    const user = await db.dashboardUser.findUnique({ where: { id: reviewerId }, select: { email: true } });
    if (user) return user.email;
  } else if (reviewerId.startsWith('key_')) {
    const key = await db.apiKey.findUnique({ where: { id: reviewerId }, select: { name: true } });
    if (key) return `API key “${key.name}” (${reviewerId})`;
  }
  return reviewerId;
}
