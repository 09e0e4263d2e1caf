/** Prometheus metrics of the API process (one registry per app, so tests can build several apps). */
import type { RequestHandler } from 'express';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../lib/db';

export interface Metrics {
  registry: Registry;
  httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}

/** Times every request, labelled by the matched route pattern (not the raw path, to bound cardinality). */
export function measureRequests(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpRequestDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      stop({ route: route ? req.baseUrl + route : 'unmatched', status: String(res.statusCode) });
    });
    next();
  };
}

/**
 * Business figures read from PostgreSQL at scrape time, so every API process reports the same totals: sessions by
 * status, clicks (uses consumed) over all links, webhook attempts by outcome, and the two backlogs of the outbox.
 */
export function measureRecords(metrics: Metrics, db: Database): void {
  new Gauge({
    name: 'magiclink_sessions',
    help: 'Verification sessions by status',
    labelNames: ['status'],
    registers: [metrics.registry],
    async collect() {
      const rows = await db.session.groupBy({ by: ['status'], _count: { _all: true } });
      this.reset();
      for (const row of rows) this.set({ status: row.status }, row._count._all);
    },
  });
  new Gauge({
    name: 'magiclink_webhook_attempts',
    help: 'Webhook delivery attempts by outcome (delivered: a 2xx answer; failed: anything else)',
    labelNames: ['outcome'],
    registers: [metrics.registry],
    async collect() {
      const [row] = await db.$queryRaw<{ delivered: number; failed: number }[]>`
        SELECT count(*) FILTER (WHERE "httpStatus" BETWEEN 200 AND 299)::int AS delivered,
               count(*) FILTER (WHERE "httpStatus" IS NULL OR "httpStatus" NOT BETWEEN 200 AND 299)::int AS failed
        FROM "DeliveryAttempt"`;
      this.set({ outcome: 'delivered' }, row?.delivered ?? 0);
      this.set({ outcome: 'failed' }, row?.failed ?? 0);
    },
  });
  new Gauge({
    name: 'magiclink_webhook_first_attempts_pending',
    help: 'Webhook deliveries whose first attempt is still owed by a dispatcher (queued, in flight, or lost with its process until the sweeper hands it to a workflow)',
    registers: [metrics.registry],
    async collect() {
      this.set(await db.delivery.count({ where: { firstAttemptPending: true, status: 'PENDING' } }));
    },
  });
  new Gauge({
    name: 'magiclink_events_undispatched',
    help: 'Events committed but not yet dispatched to webhook delivery; a session.created among them may still wait for its session workflow (the sweeper starts it)',
    registers: [metrics.registry],
    async collect() {
      this.set(await db.event.count({ where: { dispatchedAt: null } }));
    },
  });
  new Gauge({
    name: 'magiclink_link_clicks',
    help: 'Clicks on reusable links (uses consumed), all links',
    registers: [metrics.registry],
    async collect() {
      const { _sum } = await db.link.aggregate({ _sum: { usesConsumed: true } });
      this.set(_sum.usesConsumed ?? 0);
    },
  });
}
