/**
 * One reviewer at a time per session in the dashboard: opening a session in review claims it, or keeps the claim of
 * the one holding it; a claim nobody renews runs out (`REVIEW_CLAIM_SECONDS` after the holder's last look) and the
 * next reviewer takes it over. Taking a claim is one statement, so two reviewers opening the session together cannot
 * both get it.
 */
import type { ReviewClaim } from '@prisma/client';
import type { Database } from '../../lib/db';

/** How long a claim lasts without the holder looking at the session again. */
export const REVIEW_CLAIM_SECONDS = 15 * 60;

export interface Reviewer {
  id: string;
  email: string;
}

/** The claim after this reviewer's attempt: theirs (new or renewed), or still another reviewer's. */
export async function claimReview(db: Database, sessionId: string, reviewer: Reviewer, now = new Date()): Promise<ReviewClaim> {
  const expiresAt = new Date(now.getTime() + REVIEW_CLAIM_SECONDS * 1000);
  const taken = await db.$queryRaw<ReviewClaim[]>`
    INSERT INTO "ReviewClaim" ("sessionId", "userId", "userEmail", "expiresAt") VALUES (${sessionId}, ${reviewer.id}, ${reviewer.email}, ${expiresAt})
    ON CONFLICT ("sessionId") DO UPDATE SET "userId" = EXCLUDED."userId", "userEmail" = EXCLUDED."userEmail", "expiresAt" = EXCLUDED."expiresAt"
    WHERE "ReviewClaim"."userId" = EXCLUDED."userId" OR "ReviewClaim"."expiresAt" <= ${now}
    RETURNING *`;
  return taken[0] ?? db.reviewClaim.findUniqueOrThrow({ where: { sessionId } });
}

/** Another reviewer's claim that still holds, if any: while it does, this reviewer may not decide. */
export async function heldByAnother(db: Database, sessionId: string, reviewerId: string, now = new Date()): Promise<ReviewClaim | null> {
  return db.reviewClaim.findFirst({ where: { sessionId, userId: { not: reviewerId }, expiresAt: { gt: now } } });
}
