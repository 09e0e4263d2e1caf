#!/usr/bin/env node
/**
 * What one query costs this process in CPU through each way the code can send it: Prisma's model API (the product's
 * own client from dist/lib/db.js: the `pg` driver adapter and Prisma 6's query compiler), Prisma's raw SQL, Prisma's
 * interactive transaction, and — the baseline, in the same run — a bare `pg` pool. The reads are the hot paths'
 * (a webhook endpoint by id, the whole row, as the first attempt needs it). Sequential, so each figure is one query's
 * own cost: CPU time of this process per query (user + system), and wall time per query.
 *
 * It is why the event log, the dispatcher and the first attempt write raw SQL (docs/decisions.md): on a 2-core
 * machine the API is CPU-bound, and the model API costs several times what the statement does.
 *
 * Usage: npm run build && node bench/queries.mjs [--queries 3000]
 * Starts its own stack (for its migrated PostgreSQL) in a scratch directory under .data/.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDatabase } from '../dist/lib/db.js';
import { apiCall, startBenchStack } from './support.mjs';

const { values } = parseArgs({ options: { queries: { type: 'string', default: '3000' } } });
const QUERIES = Number(values.queries);
/** Unmeasured queries first: the first ones compile code and open connections. */
const WARM_UP = 300;

const say = (line) => process.stdout.write(`${line}\n`);

/** CPU and wall milliseconds per call of `query`, over QUERIES sequential calls after the warm-up. */
async function measure(query) {
  for (let n = 0; n < WARM_UP; n += 1) await query();
  const cpuBefore = process.cpuUsage();
  const began = performance.now();
  for (let n = 0; n < QUERIES; n += 1) await query();
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuMs: (cpu.user + cpu.system) / 1000 / QUERIES, wallMs: (performance.now() - began) / QUERIES };
}

async function main() {
  say('Starting the stack (for its PostgreSQL)…');
  const stack = await startBenchStack('bench-queries-');
  const db = createDatabase(stack.databaseUrl);
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 10 });
  const rows = [];
  try {
    const { id } = await apiCall(stack, 'POST', '/api/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/hook', description: 'bench queries' });
    const ways = {
      'pg pool.query (baseline)': () => pool.query('SELECT * FROM "WebhookEndpoint" WHERE id = $1', [id]),
      'Prisma findUnique, whole row': () => db.webhookEndpoint.findUnique({ where: { id } }),
      'Prisma findUnique, id only': () => db.webhookEndpoint.findUnique({ where: { id }, select: { id: true } }),
      'Prisma updateMany (no change)': () => db.webhookEndpoint.updateMany({ where: { id, status: 'DISABLED' }, data: { disabledReason: null } }),
      'Prisma $queryRaw, whole row': () => db.$queryRaw`SELECT * FROM "WebhookEndpoint" WHERE id = ${id}`,
      'Prisma $executeRaw': () => db.$executeRaw`UPDATE "WebhookEndpoint" SET "disabledReason" = NULL WHERE id = ${id} AND status = 'DISABLED'`,
      'Prisma $transaction, one $executeRaw': () => db.$transaction((tx) => tx.$executeRaw`SELECT 1`),
    };
    for (const [name, query] of Object.entries(ways)) {
      say(`  ${name}: ${QUERIES} queries…`);
      rows.push({ name, ...(await measure(query)) });
    }
  } finally {
    await db.$disconnect();
    await pool.end();
    say('Stopping the stack…');
    await stack.stop();
  }
  const base = rows[0];
  say('');
  say(`One query's cost in this process, ${QUERIES} sequential queries each after ${WARM_UP} unmeasured; ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)} (1 min)`);
  say('');
  say('| way | CPU ms per query | vs pg | wall ms per query | vs pg |');
  say('|---|---|---|---|---|');
  for (const row of rows) {
    say(`| ${row.name} | ${row.cpuMs.toFixed(3)} | ${(row.cpuMs / base.cpuMs).toFixed(1)}× | ${row.wallMs.toFixed(3)} | ${(row.wallMs / base.wallMs).toFixed(1)}× |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
