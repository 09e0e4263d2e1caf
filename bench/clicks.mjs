#!/usr/bin/env node
/**
 * Click throughput and latency of `POST /l/{slug}` against the real stack (a MULTI link with 10^6 uses: API →
 * magicLinkWorkflow update → worker → PostgreSQL; an UNLIMITED link: API → PostgreSQL, the session workflow started
 * after the answer), at concurrency 1, 10 and 50.
 * In the same run it measures a baseline: the same click semantics as one PostgreSQL transaction in a bare Express
 * handler, no Temporal, and prints our figures as ratios of it. Every run ends with an exact count check.
 *
 * Usage: npm run bench:clicks [-- --seconds 10 --concurrency 1,10,50 --links MULTI,UNLIMITED]
 * Starts its own stack (Temporal dev server, embedded PostgreSQL, worker, API) in a scratch directory under .data/.
 */
import { randomBytes, createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import express from 'express';
import pg from 'pg';
import { apiCall, freePort, startBenchStack } from './support.mjs';
const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '1,10,50' }, links: { type: 'string', default: 'MULTI,UNLIMITED' } },
});
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
  const rows = [];
  try {
    for (const kind of LINKS.filter((candidate) => values.links.split(',').includes(candidate.usage.type))) {
      for (const connections of CONCURRENCY) {
        for (const target of ['ours', 'baseline']) {
          const link = await apiCall(stack, 'POST', '/api/v1/links', { name: `bench ${kind.label} c${connections} ${target}`, flow: 'DOCUMENT', usage: kind.usage });
          const slug = link.url.slice(link.url.lastIndexOf('/') + 1);
          const base = target === 'ours' ? stack.baseUrl : baseline.baseUrl;
          process.stdout.write(`  ${kind.label.padEnd(10)} c=${String(connections).padEnd(3)} ${target.padEnd(8)} … `);
          const result = await drive(`${base}/l/${slug}`, connections);
          const accepted = result.statuses[303] ?? 0;
          // Exact counts: uses, sessions and reservations agree one to one. autocannon stops counting at the end
          // of the run with up to `connections` clicks in flight; those complete too, so they may add to the 303s.
          const counted = await countFor(baseline, link.id);
          const inFlight = counted.uses - accepted;
          const exact = counted.sessions === counted.uses && counted.reserves === counted.uses && inFlight >= 0 && inFlight <= connections;
          process.stdout.write(
            `${result.rps.toFixed(0)} clicks/s, p99 ${result.p99.toFixed(0)} ms, counts ${exact ? `exact (${counted.uses} uses = sessions = reservations; ${inFlight} in flight at stop)` : `WRONG ${JSON.stringify({ accepted, ...counted })}`}\n`,
          );
          rows.push({ kind: kind.label, connections, target, ...result, exact });
        }
      }
    }
  } finally {
    await baseline.close();
    await stack.stop();
  }
  printTable(rows);
  if (rows.some((row) => !row.exact || row.errors > 0 || Object.keys(row.statuses).some((status) => status !== '303'))) process.exitCode = 1;
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

function printTable(rows) {
  const ours = rows.filter((row) => row.target === 'ours');
  const lines = [
    '',
    `Clicks on POST /l/{slug}, ${SECONDS} s per run (2-core machine; every run's counts checked exactly)`,
    '',
    '| link | conc. | ours clicks/s | p50 | p95 | p99 (ms) | baseline clicks/s | p99 (ms) | throughput vs baseline | p99 vs baseline |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of ours) {
    const base = rows.find((other) => other.target === 'baseline' && other.kind === row.kind && other.connections === row.connections);
    lines.push(
      `| ${row.kind} | ${row.connections} | ${row.rps.toFixed(0)} | ${row.p50.toFixed(0)} | ${row.p95.toFixed(0)} | ${row.p99.toFixed(0)} | ${base.rps.toFixed(0)} | ${base.p99.toFixed(0)} | ${(row.rps / base.rps).toFixed(2)}× | ${(row.p99 / Math.max(1, base.p99)).toFixed(1)}× |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
