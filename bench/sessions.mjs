#!/usr/bin/env node
/**
 * Throughput and latency of `POST /api/v1/sessions` (creating a verification session, a "dynamic link") against the
 * real stack (API → one PostgreSQL transaction: session row, RESERVE entry, event, the session's delayed workflow
 * start, the credit reservation), at concurrency 1, 10 and 50. In the same run, at the same concurrencies, it
 * measures a baseline of bare Temporal workflow starts from this process against the stack's Temporal server, and
 * prints our figures against it. A few unmeasured creations and starts come first (warm-up). It ends with an exact
 * count check: sessions in the database = 201 responses = the account's reserved credits = RESERVE ledger entries;
 * any other status, any failed start or a wrong count is printed and fails the run (exit code 1).
 *
 * The baseline is the very start our API makes for each session: `client.workflow.start` of
 * `verificationSessionWorkflow` with the options of services/sessions/start-session-workflow.ts (workflow id, id reuse and
 * conflict policies, the search attributes, the summary, an input of the same shape) and a start delay of one
 * day, the default `expiryTime`. A delayed start creates no workflow task until the delay ends, so no worker is
 * involved on either side; the baseline uses an unused task queue only so that no worker could ever run these
 * workflows. A trivial workflow type without search attributes would be cheaper for Temporal than what we really
 * ask of it, so the difference would no longer be our own overhead (HTTP, auth, validation, PostgreSQL, the
 * the session's statement before the start).
 *
 * Usage: npm run build && node bench/sessions.mjs [--seconds 10] [--concurrency 1,10,50]
 * Starts its own stack (Temporal dev server, embedded PostgreSQL, worker, API) in a scratch directory under .data/.
 */
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import autocannon from 'autocannon';
import pg from 'pg';
import { newId } from '../dist/lib/ids.js';
import { sessionWorkflowStartOptions } from '../dist/services/sessions/start-session-workflow.js';
import { WORKFLOW_TYPES } from '../dist/workflows/definitions.js';
import { startBenchStack } from './support.mjs';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '1,10,50' } },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = values.concurrency.split(',').map(Number);
/** autocannon's per-request timeout (s): generous, so a slow creation is measured rather than cut off. */
const REQUEST_TIMEOUT_S = 60;
const BASELINE_TASK_QUEUE = 'bench-sessions-baseline-unused';
const DAY_MS = 86_400_000;
/** Unmeasured creations and starts before the first phase: the API's first request takes ~0.7 s (cold code, pools). */
const WARM_UP = 5;

/** Each phase's sessions carry their own clientId, so the database can be counted per phase. */
const clientIdFor = (connections) => `bench-c${connections}`;

/** Throughput and exact latency percentiles of one phase. */
function summarize(latencies, seconds) {
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { count: latencies.length, rps: latencies.length / seconds, p50: at(50), p99: at(99) };
}

/**
 * Drives POST /api/v1/sessions at `connections` for SECONDS. autocannon's own stop (duration) closes connections
 * with requests in flight, whose sessions would then exist without a response we saw; so no duration is given, and
 * once SECONDS have passed each connection sends nothing more after its next response (setting autocannon 9's
 * per-client `responseMax`), which lets every request finish and makes the count check exact.
 */
function driveApi(stack, connections) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    const failures = [];
    const began = performance.now();
    const deadline = began + SECONDS * 1000;
    let lastResponseAt = began;
    let backstop;
    const instance = autocannon(
      {
        url: `${stack.baseUrl}/api/v1/sessions`,
        method: 'POST',
        headers: { authorization: stack.auth, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ clientId: clientIdFor(connections) }),
        connections,
        amount: Number.MAX_SAFE_INTEGER,
        timeout: REQUEST_TIMEOUT_S,
        requests: [{ onResponse: (status, body) => status !== 201 && failures.length < 5 && failures.push(`${status} ${body}`) }],
      },
      (error, result) => {
        clearTimeout(backstop);
        if (error) return reject(error);
        resolve({ ...summarize(latencies, (lastResponseAt - began) / 1000), statuses, failures, errors: result.errors });
      },
    );
    // Should a connection get no more responses (timeouts), stop anyway; its lost requests count as errors.
    backstop = setTimeout(() => instance.stop(), (SECONDS + 2 * REQUEST_TIMEOUT_S) * 1000);
    instance.on('response', (client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      lastResponseAt = performance.now();
      if (lastResponseAt >= deadline) client.responseMax = client.reqsMade;
    });
  });
}

/** The start our API makes for a session (services/sessions/reserve-session.ts), on an unused task queue. */
function startLikeTheApi(temporal, accountId, clientId) {
  const expiresAt = new Date(Date.now() + DAY_MS);
  const input = {
    sessionId: newId('session'),
    accountId,
    linkId: null,
    clientId,
    flow: 'DOCUMENT_AND_SELFIE',
    expiresAt: expiresAt.toISOString(),
    // The defaults of the API's request schema and of lib/config.ts.
    sessionLength: 600,
    maxAttempts: 2,
    retentionSeconds: 2_592_000,
    reviewEscalationSeconds: 86_400,
  };
  return temporal.workflow.start(WORKFLOW_TYPES.verificationSession, {
    ...sessionWorkflowStartOptions(input, BASELINE_TASK_QUEUE),
    workflowIdConflictPolicy: 'USE_EXISTING',
    startDelay: expiresAt.getTime() - Date.now(),
  });
}

/** WARM_UP sequential creations through the API and as many baseline starts; any status but 201 is an error. */
async function warmUp(stack, temporal) {
  for (let i = 0; i < WARM_UP; i += 1) {
    const response = await fetch(`${stack.baseUrl}/api/v1/sessions`, {
      method: 'POST',
      headers: { authorization: stack.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'bench-warm-up' }),
    });
    if (response.status !== 201) throw new Error(`warm-up: POST /api/v1/sessions answered ${response.status} ${await response.text()}`);
    await startLikeTheApi(temporal, stack.accountId, 'bench-warm-up');
  }
}

/** `connections` loops, each starting workflows one after another for SECONDS (the last start is awaited). */
async function driveBaseline(temporal, accountId, connections) {
  const latencies = [];
  const failures = [];
  let errors = 0;
  const began = performance.now();
  const deadline = began + SECONDS * 1000;
  let lastAt = began;
  const loop = async () => {
    while (performance.now() < deadline) {
      const startedAt = performance.now();
      try {
        await startLikeTheApi(temporal, accountId, `bench-baseline-c${connections}`);
        latencies.push(performance.now() - startedAt);
      } catch (error) {
        errors += 1;
        if (failures.length < 5) failures.push(String(error));
      }
      lastAt = performance.now();
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { ...summarize(latencies, (lastAt - began) / 1000), statuses: { started: latencies.length }, failures, errors };
}

async function main() {
  process.stdout.write('Starting the stack (Temporal dev server, embedded PostgreSQL, worker, API)…\n');
  const stack = await startBenchStack('bench-sessions-');
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection });
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const rows = [];
  let countsExact = false;
  try {
    process.stdout.write(`  warm-up: ${WARM_UP} sessions through the API and ${WARM_UP} workflow starts, unmeasured\n`);
    await warmUp(stack, temporal);
    for (const connections of CONCURRENCY) {
      process.stdout.write(`  ours      c=${String(connections).padEnd(3)} POST /api/v1/sessions, ${SECONDS} s … `);
      const ours = await driveApi(stack, connections);
      const phaseSessions = await countSessions(db, clientIdFor(connections));
      const agree = phaseSessions === (ours.statuses[201] ?? 0) ? '= the 201s' : '≠ the 201s';
      process.stdout.write(`${describe(ours)}; ${phaseSessions} sessions in the database ${agree}\n`);
      reportFailures(ours);
      process.stdout.write(`  baseline  c=${String(connections).padEnd(3)} workflow.start, ${SECONDS} s … `);
      const baseline = await driveBaseline(temporal, stack.accountId, connections);
      process.stdout.write(`${describe(baseline)}\n`);
      reportFailures(baseline);
      rows.push({ connections, ours, baseline });
    }
    process.stdout.write('Checking the counts…\n');
    countsExact = await checkCounts(db, stack.accountId, rows);
  } finally {
    await db.end();
    await connection.close();
    process.stdout.write('Stopping the stack…\n');
    await stack.stop();
  }
  printTable(rows);
  const failed = rows.some(({ ours, baseline }) => ours.errors + baseline.errors > 0 || Object.keys(ours.statuses).some((status) => status !== '201'));
  if (failed || !countsExact) process.exitCode = 1;
}

function describe(result) {
  return `${result.rps.toFixed(1)}/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${JSON.stringify(result.statuses)}${result.errors ? `, ${result.errors} errors/timeouts` : ''}`;
}

function reportFailures(result) {
  for (const failure of result.failures) process.stdout.write(`      FAILED: ${failure}\n`);
}

async function countSessions(db, clientId) {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Session" WHERE "clientId" = $1`, [clientId]);
  return rows[0].n;
}

/** Sessions = 201 responses (warm-up included) = reserved credits = RESERVE entries, exactly: every request was answered. */
async function checkCounts(db, accountId, rows) {
  const created = rows.reduce((sum, row) => sum + (row.ours.statuses[201] ?? 0), WARM_UP);
  const { rows: [counted] } = await db.query(
    `SELECT (SELECT count(*)::int FROM "Session") AS sessions,
            (SELECT "creditReserved" FROM "Account" WHERE id = $1) AS reserved,
            (SELECT count(*)::int FROM "CreditLedgerEntry" WHERE "accountId" = $1 AND type = 'RESERVE') AS reserves`,
    [accountId],
  );
  const exact = counted.sessions === created && counted.reserved === created && counted.reserves === created;
  process.stdout.write(
    `  ${exact ? 'exact' : 'WRONG'}: ${created} responses 201 (${WARM_UP} in the warm-up), ${counted.sessions} sessions, ${counted.reserved} credits reserved, ${counted.reserves} RESERVE entries\n`,
  );
  return exact;
}

function printTable(rows) {
  const ms = (value) => value.toFixed(1);
  const lines = [
    '',
    `POST /api/v1/sessions (ours) vs a bare delayed start of verificationSessionWorkflow (baseline), ${SECONDS} s per run, 2-core machine`,
    '',
    '| conc. | ours req/s | p50 | p99 (ms) | baseline starts/s | p50 | p99 (ms) | throughput ours/base | p50 ours−base (ms) | p50 ours/base | p99 ours−base (ms) | p99 ours/base |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { connections, ours, baseline } of rows) {
    lines.push(
      `| ${connections} | ${ours.rps.toFixed(1)} | ${ms(ours.p50)} | ${ms(ours.p99)} | ${baseline.rps.toFixed(1)} | ${ms(baseline.p50)} | ${ms(baseline.p99)} | ` +
        `${(ours.rps / baseline.rps).toFixed(2)}× | ${ms(ours.p50 - baseline.p50)} | ${(ours.p50 / baseline.p50).toFixed(1)}× | ` +
        `${ms(ours.p99 - baseline.p99)} | ${(ours.p99 / baseline.p99).toFixed(1)}× |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
