/**
 * `npm start` as a person runs it: the real entry point (scripts/bootstrap.mjs) on embedded defaults in a scratch
 * data directory. First start seeds and prints credentials; Ctrl-C stops every process it started; a second start
 * reuses the data (same key, same balance, same Temporal history).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { freePort } from '../support/ports';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { basicAuth, call } from '../support/harness';

jest.setTimeout(240_000);

interface Started {
  child: ChildProcess;
  output: () => string;
  seconds: number;
}

let dataDir: string;
let ports: { api: number; temporal: number; ui: number; postgres: number };
const running: ChildProcess[] = [];

function startStack(): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(ports.api),
    TEMPORAL_PORT: String(ports.temporal),
    TEMPORAL_UI_PORT: String(ports.ui),
    EMBEDDED_POSTGRES_PORT: String(ports.postgres),
    LOG_LEVEL: 'warn',
  };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_UI_URL', 'NODE_ENV', 'TEMPORAL_TASK_QUEUE']) delete env[name];
  const began = Date.now();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'bootstrap.mjs'), 'start'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (output.includes('Press Ctrl-C to stop everything.')) {
        clearInterval(poll);
        resolve({ child, output: () => output, seconds: (Date.now() - began) / 1000 });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`npm start exited early (${code}):\n${output}`));
    });
  });
}

/** Every process below `pid`, read from /proc (the stack runs in its own process group, so walk parents). */
function descendantsOf(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // exited while we looked
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const [child, ppid] of parentOf) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
}

async function pressCtrlC(started: Started): Promise<{ code: number | null; processes: number[] }> {
  const processes = descendantsOf(started.child.pid!);
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  started.child.kill('SIGINT');
  return { code: await exited, processes };
}

beforeAll(async () => {
  // Under the project (not a 0700 temp dir): as root, PostgreSQL runs as the `postgres` user and must reach it.
  mkdirSync(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  dataDir = mkdtempSync(path.join(PROJECT_ROOT, '.data', 'e2e-start-'));
  chmodSync(dataDir, 0o755);
  ports = { api: await freePort(), temporal: await freePort(), ui: await freePort(), postgres: await freePort() };
});

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

test('first start seeds and prints credentials, serves the API and the Temporal UI, and Ctrl-C stops everything', async () => {
  const started = await startStack();
  process.stdout.write(`cold start (embedded PostgreSQL initialised, Temporal state created): ${started.seconds.toFixed(1)} s\n`);
  const credentials = JSON.parse(readFileSync(path.join(dataDir, 'dev-credentials.json'), 'utf8'));
  expect(Object.keys(credentials).sort()).toEqual(['accountId', 'apiKey', 'dashboard']);
  expect(credentials.apiKey).toEqual({ id: expect.stringMatching(/^key_/), secret: expect.stringMatching(/^sk_/) });
  expect(credentials.dashboard).toEqual({ email: 'admin@localhost', password: expect.any(String) });
  expect(started.output()).toContain(credentials.apiKey.secret);
  expect(started.output()).toContain(`http://localhost:${ports.ui}`);

  const base = `http://127.0.0.1:${ports.api}`;
  const auth = basicAuth(credentials.apiKey.id, credentials.apiKey.secret);
  expect((await call(base, 'GET', '/readyz')).status).toBe(200);
  const topUp = await call(base, 'POST', '/api/v1/account/credits', { auth, body: { amount: 5 } });
  expect(topUp.status).toBe(200);
  expect(topUp.json.credits.balance).toBe(105);
  expect((await fetch(`http://127.0.0.1:${ports.ui}/`)).status).toBe(200);

  const { code, processes } = await pressCtrlC(started);
  expect(code).toBe(0);
  expect(started.output()).toContain('» stopped.');
  // worker, API, Temporal, PostgreSQL and its helpers: all gone, none orphaned.
  expect(processes.length).toBeGreaterThanOrEqual(4);
  expect(processes.filter(isAlive)).toEqual([]);
});

test('a second start reuses the data directory: same key, same balance, same workflow history', async () => {
  const started = await startStack();
  process.stdout.write(`warm start (existing data): ${started.seconds.toFixed(1)} s\n`);
  expect(started.output()).not.toContain('First start');
  const credentials = JSON.parse(readFileSync(path.join(dataDir, 'dev-credentials.json'), 'utf8'));
  const account = await call(`http://127.0.0.1:${ports.api}`, 'GET', '/api/v1/account', {
    auth: basicAuth(credentials.apiKey.id, credentials.apiKey.secret),
  });
  expect(account.json.credits).toEqual({ balance: 105, reserved: 0, available: 105 });

  const connection = await Connection.connect({ address: `127.0.0.1:${ports.temporal}` });
  try {
    const client = new Client({ connection });
    const runs: string[] = [];
    for await (const execution of client.workflow.list({ query: `AccountId = "${credentials.accountId}"` })) runs.push(execution.status.name);
    expect(runs).toEqual(['COMPLETED']);
  } finally {
    await connection.close();
  }

  const { code, processes } = await pressCtrlC(started);
  expect(code).toBe(0);
  expect(processes.filter(isAlive)).toEqual([]);
  expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
});
