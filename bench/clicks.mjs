#!/usr/bin/env node
/**
 * Click throughput and latency of `POST /l/{slug}` against the real stack (a MULTI link with 10^6 uses: API →
 * magicLinkWorkflow `claimUses` update, several clicks per update → worker → PostgreSQL; an UNLIMITED link: API →
 * PostgreSQL), the session workflows started after the answer. Three parts:
 * 1. Closed loop at concurrency 1, 10 and 50, against a baseline measured in the same run: the same click semantics
 *    as one PostgreSQL transaction in a bare Express handler, no Temporal; and against the bare workflow start rate
 *    of the same Temporal server (10 concurrent `workflow.start` of a type no worker polls, measured first).
 * 2. Open loop at a fixed rate (default 100 clicks/s) on each link: the answer's latency from its scheduled send
 *    time, and the time from a click's answer to its session's workflow existing (the workflow's start time as the
 *    server recorded it), p50 and p99.
 * 3. Open loop at 150 clicks/s for 20 s on an UNLIMITED link (goal: ≥ 95 % answered, p99 < 1 s), with the baseline
 *    handler driven at the same rate.
 * Every run ends with an exact count check (uses = sessions = reservations).
 *
 * Usage: npm run bench:clicks [-- --seconds 10 --concurrency 1,10,50 --links MULTI,UNLIMITED
 *                                 --latency-rate 100 --open-rate 150 --open-seconds 20]
 * (a latency rate or open-loop length of 0 leaves that run out)
 * Starts its own stack (Temporal dev server, embedded PostgreSQL, worker, API) in a scratch directory under .data/.
 */
import { randomBytes, createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import autocannon from 'autocannon';
import express from 'express';
import pg from 'pg';
import { apiCall, freePort, startBenchStack } from './support.mjs';
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '1,10,50' },
    links: { type: 'string', default: 'MULTI,UNLIMITED' },
    'latency-rate': { type: 'string', default: '100' },
    'open-rate': { type: 'string', default: '150' },
    'open-seconds': { type: 'string', default: '20' },
  },
});
const LATENCY_RATE = Number(values['latency-rate']);
const OPEN_RATE = Number(values['open-rate']);
const OPEN_SECONDS = Number(values['open-seconds']);
/** A click not answered within this long counts as unanswered in the open-loop runs. */
const OPEN_TIMEOUT_MS = 10_000;
const SECONDS = Number(values.seconds);
const CONCURRENCY = values.concurrency.split(',').map(Number);

/** Drives POST <url> at `connections` for SECONDS; returns throughput, exact latency percentiles and statuses. */
function drive(url, connections) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    const instance = autocannon(
      { url, method: 'POST', headers: { accept: 'application/json' }, connections, duration: SECONDS },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
        resolve({ rps: result.requests.total / SECONDS, p50: at(50), p95: at(95), p99: at(99), statuses, errors: result.errors + result.timeouts });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * Open loop: `rate` clicks a second for `seconds`, each sent at its scheduled time whether or not earlier ones were
 * answered; latency counts from the scheduled time (no coordinated omission).
 */
async function driveOpen(url, rate, seconds) {
  const total = Math.round(rate * seconds);
  const began = performance.now();
  const clicks = [];
  for (let index = 0; index < total; index += 1) {
    const due = began + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    clicks.push(
      fetch(url, { method: 'POST', headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(OPEN_TIMEOUT_MS) })
        .then(async (response) => {
          const answeredAt = Date.now();
          const latency = performance.now() - due;
          const body = await response.json().catch(() => ({}));
          return { status: response.status, latency, answeredAt, sessionId: body.sessionId };
        })
        .catch(() => ({ status: 0, latency: Infinity })),
    );
  }
  const results = await Promise.all(clicks);
  const answered = results.filter((result) => result.status === 303);
  const latencies = answered.map((result) => result.latency).sort((a, b) => a - b);
  const statuses = {};
  for (const result of results) statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  return { total, answered, statuses, answeredShare: answered.length / total, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * Time from each answered click to its session's workflow existing: the start time the server recorded, polled. A
 * workflow started before the answer reached the client counts as 0 (`early` says how many).
 */
async function clickToWorkflow(temporal, answered) {
  const delays = [];
  let missing = 0;
  const queue = [...answered];
  const deadline = Date.now() + 120_000;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let click = queue.shift(); click; click = queue.shift()) {
        for (;;) {
          const described = await temporal.workflow.getHandle(`session:${click.sessionId}`).describe().catch(() => null);
          if (described) {
            delays.push(Math.max(0, described.startTime.getTime() - click.answeredAt));
            break;
          }
          if (Date.now() > deadline) {
            missing += 1;
            break;
          }
          await sleep(200);
        }
      }
    }),
  );
  delays.sort((a, b) => a - b);
  return { p50: percentile(delays, 50), p99: percentile(delays, 99), early: delays.filter((delay) => delay === 0).length, missing };
}

/** The bare workflow start rate of the stack's Temporal server: 10 concurrent starts of a type no worker polls. */
async function bareStartRate(temporal, seconds) {
  let started = 0;
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 10 }, async (_, caller) => {
      for (let n = 0; performance.now() < until; n += 1) {
        await temporal.workflow
          .start('benchUnpolledWorkflow', { workflowId: `bench-bare-${caller}-${n}`, taskQueue: 'bench-clicks-unpolled', args: [] })
          .then(() => (started += 1), () => (errors += 1));
      }
    }),
  );
  return { rate: started / seconds, errors };
}

/** The baseline: the same click semantics (use, credit, session, ledger, event) as one PostgreSQL transaction. */
async function startBaseline(databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  const app = express();
  app.post('/l/:slug', async (req, res) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const link = await client.query(
        `UPDATE "Link" SET "usesConsumed" = "usesConsumed" + 1 WHERE slug = $1 AND status = 'ACTIVE'
           AND ("maxUses" IS NULL OR "usesConsumed" < "maxUses") AND ("expiresAt" IS NULL OR "expiresAt" > now())
         RETURNING id, "accountId", flow, language`,
        [req.params.slug],
      );
      if (link.rowCount === 0) {
        await client.query('ROLLBACK');
        return res.status(410).json({ error: { code: 'LINK_EXHAUSTED' } });
      }
      const { id: linkId, accountId, flow, language } = link.rows[0];
      const reserved = await client.query(
        `UPDATE "Account" SET "creditReserved" = "creditReserved" + 1 WHERE id = $1 AND "creditBalance" - "creditReserved" >= 1`,
        [accountId],
      );
      if (reserved.rowCount === 0) {
        await client.query('ROLLBACK');
        return res.status(503).json({ error: { code: 'ACCOUNT_UNAVAILABLE' } });
      }
      const sessionId = `ses_${Date.now().toString(36).padStart(9, '0')}${randomBytes(10).toString('hex')}`;
      const token = randomBytes(32).toString('base64url');
      await client.query(
        `INSERT INTO "Session" (id, "accountId", "linkId", "clientId", "tokenHash", flow, documents, language, "expiryTime", "sessionLength", "fraudTags", "mismatchTags", "expiresAt", "updatedAt")
         VALUES ($1, $2, $3, $1, $4, $5, '{ID_CARD,PASSPORT}', $6, 86400, 600, '{}', '{}', now() + interval '1 day', now())`,
        [sessionId, accountId, linkId, createHash('sha256').update(token).digest('hex'), flow, language],
      );
      await client.query(`INSERT INTO "CreditLedgerEntry" (id, "accountId", type, amount, "sessionId") VALUES ($1, $2, 'RESERVE', 1, $3)`, [
        `led_${sessionId.slice(4)}`,
        accountId,
        sessionId,
      ]);
      await client.query(
        `INSERT INTO "Event" (id, "accountId", type, "entityType", "entityId", sequence, payload) VALUES ($1, $2, 'session.created', 'SESSION', $3, 1, '{}')`,
        [`evt_${sessionId.slice(4)}`, accountId, sessionId],
      );
      await client.query('COMMIT');
      res.status(303).json({ sessionId, redirectUrl: `/v/${token}` });
    } catch (error) {
      await client.query('ROLLBACK');
      res.status(500).json({ error: { code: 'INTERNAL_ERROR', message: String(error) } });
    } finally {
      client.release();
    }
  });
  const port = await freePort();
  const server = await new Promise((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  return { baseUrl: `http://127.0.0.1:${port}`, pool, close: () => new Promise((resolve) => server.close(() => pool.end().then(resolve))) };
}

const LINKS = [
  { label: 'MULTI 10^6', usage: { type: 'MULTI', maxUses: 1_000_000 } },
  { label: 'UNLIMITED', usage: { type: 'UNLIMITED' } },
];

async function main() {
  process.stdout.write('Starting the stack (Temporal dev server, embedded PostgreSQL, worker, API)…\n');
  const stack = await startBenchStack('bench-clicks-');
  const baseline = await startBaseline(stack.databaseUrl);
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection });
  const rows = [];
  const openRows = [];
  let bare;
  try {
    process.stdout.write(`  bare workflow starts, c=10, ${SECONDS} s … `);
    bare = await bareStartRate(temporal, SECONDS);
    process.stdout.write(`${bare.rate.toFixed(0)}/s (${bare.errors} errors)\n`);
    for (const kind of LINKS.filter((candidate) => values.links.split(',').includes(candidate.usage.type))) {
      for (const connections of CONCURRENCY) {
        for (const target of ['ours', 'baseline']) {
          const link = await apiCall(stack, 'POST', '/api/v1/links', { name: `bench ${kind.label} c${connections} ${target}`, flow: 'DOCUMENT', usage: kind.usage });
          const slug = link.url.slice(link.url.lastIndexOf('/') + 1);
          const base = target === 'ours' ? stack.baseUrl : baseline.baseUrl;
          process.stdout.write(`  ${kind.label.padEnd(10)} c=${String(connections).padEnd(3)} ${target.padEnd(8)} … `);
          const result = await drive(`${base}/l/${slug}`, connections);
          const ended = performance.now();
          const accepted = result.statuses[303] ?? 0;
          // Exact counts: uses, sessions and reservations agree one to one. autocannon stops counting at the end
          // of the run with up to `connections` clicks in flight; those complete too, so they may add to the 303s.
          const counted = await countFor(baseline, link.id);
          const drainSeconds = target === 'ours' ? await startsDrained(baseline, link.id, ended) : null;
          const inFlight = counted.uses - accepted;
          const exact = counted.sessions === counted.uses && counted.reserves === counted.uses && inFlight >= 0 && inFlight <= connections;
          process.stdout.write(
            `${result.rps.toFixed(0)} clicks/s, p99 ${result.p99.toFixed(0)} ms, ${drainSeconds === null ? '' : `every workflow started ${drainSeconds.toFixed(1)} s after the run, `}counts ${exact ? `exact (${counted.uses} uses = sessions = reservations; ${inFlight} in flight at stop)` : `WRONG ${JSON.stringify({ accepted, ...counted })}`}\n`,
          );
          rows.push({ kind: kind.label, connections, target, ...result, exact, drainSeconds });
        }
      }
    }
    const openRuns = [
      ...LINKS.filter((candidate) => values.links.split(',').includes(candidate.usage.type)).map((kind) => ({ kind, rate: LATENCY_RATE, seconds: SECONDS })),
      { kind: LINKS.find((candidate) => candidate.usage.type === 'UNLIMITED'), rate: OPEN_RATE, seconds: OPEN_SECONDS },
      // A rate or a length of 0 skips that run (`--latency-rate 0`, `--open-seconds 0`: the closed loop alone).
    ].filter((run) => run.rate > 0 && run.seconds > 0);
    for (const { kind, rate, seconds } of openRuns) {
      for (const target of ['ours', 'baseline']) {
        const link = await apiCall(stack, 'POST', '/api/v1/links', { name: `bench open ${kind.label} ${rate}/s ${target}`, flow: 'DOCUMENT', usage: kind.usage });
        const slug = link.url.slice(link.url.lastIndexOf('/') + 1);
        process.stdout.write(`  ${kind.label.padEnd(10)} open loop ${rate}/s for ${seconds} s, ${target.padEnd(8)} … `);
        const result = await driveOpen(`${target === 'ours' ? stack.baseUrl : baseline.baseUrl}/l/${slug}`, rate, seconds);
        const counted = await countFor(baseline, link.id);
        // A click given up on (unanswered after 10 s) may still have been applied: it counts, but no more than sent.
        const exact = counted.sessions === counted.uses && counted.reserves === counted.uses && counted.uses >= result.answered.length && counted.uses <= result.total;
        const toWorkflow = target === 'ours' ? await clickToWorkflow(temporal, result.answered) : null;
        process.stdout.write(
          `${(result.answeredShare * 100).toFixed(1)} % answered, p99 ${result.p99.toFixed(0)} ms${toWorkflow ? `, click→workflow p50 ${toWorkflow.p50} ms p99 ${toWorkflow.p99} ms (${toWorkflow.early} started before the answer, ${toWorkflow.missing} missing)` : ''}, counts ${exact ? 'exact' : `WRONG ${JSON.stringify({ answered: result.answered.length, ...counted })}`}\n`,
        );
        openRows.push({ kind: kind.label, rate, seconds, target, ...result, toWorkflow, exact });
      }
    }
  } finally {
    await connection.close();
    await baseline.close();
    await stack.stop();
  }
  printTable(rows, bare);
  printOpenTable(openRows);
  const closedWrong = rows.some((row) => !row.exact || row.errors > 0 || Object.keys(row.statuses).some((status) => status !== '303'));
  if (closedWrong || openRows.some((row) => !row.exact || row.toWorkflow?.missing > 0)) process.exitCode = 1;
}

/**
 * Waits until every session of the link has its workflow (its `session.created` dispatched, which follows the start),
 * so the next run — and the baseline after ours — begins on a machine no longer busy with this run's deferred starts.
 * Answers how many seconds after the run's end (`endedAt`, performance.now()) the last one was seen.
 */
async function startsDrained(baseline, linkId, endedAt) {
  for (;;) {
    const { rows } = await baseline.pool.query(
      `SELECT count(*)::int AS waiting FROM "Event" e JOIN "Session" s ON s.id = e."entityId"
       WHERE s."linkId" = $1 AND e.type = 'session.created' AND e."dispatchedAt" IS NULL`,
      [linkId],
    );
    if (rows[0].waiting === 0) return (performance.now() - endedAt) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function countFor(baseline, linkId) {
  // Let the clicks in flight at the end of the run finish first.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const { rows } = await baseline.pool.query(
    `SELECT (SELECT "usesConsumed" FROM "Link" WHERE id = $1) AS uses,
            (SELECT count(*)::int FROM "Session" WHERE "linkId" = $1) AS sessions,
            (SELECT count(*)::int FROM "CreditLedgerEntry" e JOIN "Session" s ON s.id = e."sessionId" WHERE s."linkId" = $1 AND e.type = 'RESERVE') AS reserves`,
    [linkId],
  );
  return rows[0];
}

function printTable(rows, bare) {
  const ours = rows.filter((row) => row.target === 'ours');
  const lines = [
    '',
    `Clicks on POST /l/{slug}, ${SECONDS} s per run (2-core machine; every run's counts checked exactly); bare workflow starts of the same server: ${bare.rate.toFixed(0)}/s`,
    '',
    '| link | conc. | ours clicks/s | p50 | p95 | p99 (ms) | workflows all started (s after the run) | baseline clicks/s | p99 (ms) | throughput vs baseline | p99 vs baseline | bare starts/s | ours vs bare starts |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of ours) {
    const base = rows.find((other) => other.target === 'baseline' && other.kind === row.kind && other.connections === row.connections);
    lines.push(
      `| ${row.kind} | ${row.connections} | ${row.rps.toFixed(0)} | ${row.p50.toFixed(0)} | ${row.p95.toFixed(0)} | ${row.p99.toFixed(0)} | ${row.drainSeconds.toFixed(1)} | ${base.rps.toFixed(0)} | ${base.p99.toFixed(0)} | ${(row.rps / base.rps).toFixed(2)}× | ${(row.p99 / Math.max(1, base.p99)).toFixed(1)}× | ${bare.rate.toFixed(0)} | ${(row.rps / bare.rate).toFixed(2)}× |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printOpenTable(rows) {
  if (rows.length === 0) return;
  const lines = [
    '',
    'Open loop (a fixed rate, each click sent on schedule; latency from the scheduled time; unanswered after 10 s counts as lost)',
    '',
    '| link | clicks/s × s | ours answered | p50 | p99 (ms) | click→workflow p50 | p99 (ms) | workflow before the answer | baseline answered | p99 (ms) | p99 vs baseline |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows.filter((candidate) => candidate.target === 'ours')) {
    const base = rows.find((other) => other.target === 'baseline' && other.kind === row.kind && other.rate === row.rate && other.seconds === row.seconds);
    lines.push(
      `| ${row.kind} | ${row.rate} × ${row.seconds} | ${(row.answeredShare * 100).toFixed(1)} % | ${row.p50.toFixed(0)} | ${row.p99.toFixed(0)} | ${row.toWorkflow.p50} | ${row.toWorkflow.p99} | ${row.toWorkflow.early} of ${row.answered.length} | ${(base.answeredShare * 100).toFixed(1)} % | ${base.p99.toFixed(0)} | ${(row.p99 / Math.max(1, base.p99)).toFixed(1)}× |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
