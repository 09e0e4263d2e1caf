/**
 * The account's decisions over the last REPORT_DAYS UTC days, computed in PostgreSQL: per day, automatic against a
 * reviewer's, the median time from submission to decision, and the reasons given. A decision is a session's final
 * APPROVED, DENIED or SUSPECTED (kept when its data is purged), on the day of its `finishedAt`; it was a reviewer's when
 * a review of the session was applied, else the checks' own.
 */
import { Prisma } from '@prisma/client';
import type { Database } from '../../lib/db';

export const REPORT_DAYS = 30;
const DAY_MS = 86_400_000;

export interface DecisionDay {
  /** YYYY-MM-DD, UTC */
  day: string;
  approved: number;
  denied: number;
  suspected: number;
}

export interface DecisionReport {
  days: DecisionDay[];
  decided: number;
  automatic: number;
  byReviewer: number;
  /** null when no decided session in the window was submitted */
  medianSecondsToDecision: number | null;
  /** The reasons of reviewers' decisions and of automatic ones, most frequent first. */
  reasons: { reason: string; count: number }[];
}

export async function decisionReport(db: Database, accountId: string, now: Date = new Date()): Promise<DecisionReport> {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const first = new Date(today - (REPORT_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const last = new Date(today).toISOString().slice(0, 10);
  // Timestamps are stored as UTC without a zone, so days are compared as plain timestamps, never converted.
  const decided = Prisma.sql`
    WITH decided AS (
      SELECT s.id, s.decision, s."submittedAt", s."finishedAt",
             EXISTS (SELECT 1 FROM "Review" r WHERE r."sessionId" = s.id AND r."appliedAt" IS NOT NULL) AS "byReviewer"
        FROM "Session" s
       WHERE s."accountId" = ${accountId} AND s.decision IN ('APPROVED', 'DENIED', 'SUSPECTED')
         AND s."finishedAt" >= ${first}::timestamp AND s."finishedAt" < ${last}::timestamp + interval '1 day'
    )`;
  const [days, [totals], reasons] = await Promise.all([
    db.$queryRaw<DecisionDay[]>`
      ${decided}
      SELECT to_char(days.day, 'YYYY-MM-DD') AS day,
             count(d.id) FILTER (WHERE d.decision = 'APPROVED')::int AS approved,
             count(d.id) FILTER (WHERE d.decision = 'DENIED')::int AS denied,
             count(d.id) FILTER (WHERE d.decision = 'SUSPECTED')::int AS suspected
        FROM generate_series(${first}::timestamp, ${last}::timestamp, interval '1 day') AS days(day)
        LEFT JOIN decided d ON d."finishedAt" >= days.day AND d."finishedAt" < days.day + interval '1 day'
       GROUP BY days.day
       ORDER BY days.day`,
    db.$queryRaw<(Omit<DecisionReport, 'days' | 'reasons' | 'medianSecondsToDecision'> & { median: number | null })[]>`
      ${decided}
      SELECT count(*)::int AS decided,
             count(*) FILTER (WHERE NOT "byReviewer")::int AS automatic,
             count(*) FILTER (WHERE "byReviewer")::int AS "byReviewer",
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "finishedAt" - "submittedAt"))
               FILTER (WHERE "submittedAt" IS NOT NULL))::float8 AS median
        FROM decided`,
    // A reviewer's reasons are on the applied review; the checks' on the session's session.auto_finished event.
    db.$queryRaw<DecisionReport['reasons']>`
      ${decided}, given AS (
        SELECT unnest(r.reasons) AS reason
          FROM decided d JOIN "Review" r ON r."sessionId" = d.id AND r."appliedAt" IS NOT NULL
        UNION ALL
        SELECT jsonb_array_elements_text(e.payload -> 'reasons')
          FROM decided d JOIN "Event" e ON e."entityId" = d.id AND e."accountId" = ${accountId} AND e.type = 'session.auto_finished'
         WHERE NOT d."byReviewer" AND jsonb_typeof(e.payload -> 'reasons') = 'array'
      )
      SELECT reason, count(*)::int AS count FROM given GROUP BY reason ORDER BY count DESC, reason`,
  ]);
  const { median, ...counts } = totals!;
  return { days, ...counts, medianSecondsToDecision: median, reasons };
}
