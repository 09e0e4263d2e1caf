/** A reusable link's funnel: views → clicks → sessions started → submitted → decided (API stats and dashboard). */
import type { Link } from '@prisma/client';
import type { Database } from '../../lib/db';

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
  // By decision rather than status: a purged session (status DELETED) keeps its decision.
  const byDecision = await db.session.groupBy({ by: ['decision'], where: { linkId: link.id }, _count: { _all: true } });
  const count = (decision: string) => byDecision.find((row) => row.decision === decision)?._count._all ?? 0;
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

/** The dashboard's chart covers this many days, or fewer for a younger link. */
const FUNNEL_CHART_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** One UTC day of a link's funnel: what happened that day (views, clicks, starts, submissions, decisions). */
export interface FunnelDay extends LinkFunnel {
  /** YYYY-MM-DD, UTC */
  day: string;
}

/**
 * The funnel per UTC day, from the link's creation day or FUNNEL_CHART_DAYS - 1 days ago (whichever is later) to
 * today, every day present (zeros included). Each event counts on its own day: a view when it was recorded, a click
 * when its session was created, then the session's startedAt, submittedAt and, for its decision, finishedAt.
 */
export async function linkFunnelByDay(db: Database, link: Link, now: Date = new Date()): Promise<FunnelDay[]> {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const created = Math.floor(link.createdAt.getTime() / DAY_MS) * DAY_MS;
  const first = new Date(Math.max(today - (FUNNEL_CHART_DAYS - 1) * DAY_MS, Math.min(created, today))).toISOString().slice(0, 10);
  const last = new Date(today).toISOString().slice(0, 10);
  // Timestamps are stored as UTC without a zone, so days are compared as plain timestamps, never converted.
  return db.$queryRaw<FunnelDay[]>`
    WITH events AS (
      SELECT 'views' AS stage, v."createdAt" AS at
        FROM "LinkView" v WHERE v."linkId" = ${link.id} AND v."createdAt" >= ${first}::timestamp
      UNION ALL
      SELECT e.stage, e.at
        FROM "Session" s,
             LATERAL (VALUES ('clicks', s."createdAt"), ('sessionsStarted', s."startedAt"), ('submitted', s."submittedAt"),
                             (lower(s."decision"::text), s."finishedAt")) AS e(stage, at)
        WHERE s."linkId" = ${link.id} AND e.at >= ${first}::timestamp
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day,
           count(*) FILTER (WHERE events.stage = 'views')::int AS views,
           count(*) FILTER (WHERE events.stage = 'clicks')::int AS clicks,
           count(*) FILTER (WHERE events.stage = 'sessionsStarted')::int AS "sessionsStarted",
           count(*) FILTER (WHERE events.stage = 'submitted')::int AS submitted,
           count(*) FILTER (WHERE events.stage = 'approved')::int AS approved,
           count(*) FILTER (WHERE events.stage = 'denied')::int AS denied,
           count(*) FILTER (WHERE events.stage = 'suspected')::int AS suspected,
           count(*) FILTER (WHERE events.stage = 'expired')::int AS expired
      FROM generate_series(${first}::timestamp, ${last}::timestamp, interval '1 day') AS days(day)
      LEFT JOIN events ON events.at >= days.day AND events.at < days.day + interval '1 day'
     GROUP BY days.day
     ORDER BY days.day`;
}
