/**
 * `npm start` as a person runs it: the real entry point (scripts/bootstrap.mjs) on embedded defaults, from a copy of
 * the project inside a private (0700) directory — as root, the embedded PostgreSQL runs as the `postgres` user, who
 * cannot enter it. First start seeds and prints credentials; Ctrl-C stops every process it started; a second start
 * reuses the data (same key, same balance, same Temporal history); a taken port ends with one clear message.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { freePort } from '../support/ports';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { copyProject } from '../support/project-copy';
import { basicAuth, call } from '../support/harness';

jest.setTimeout(240_000);

interface Started {
  child: ChildProcess;
  output: () => string;
  seconds: number;
}

let privateDir: string;
let projectDir: string;
let dataDir: string;
let ports: { api: number; temporal: number; ui: number; postgres: number };
const running: ChildProcess[] = [];

function spawnStack(overrides: NodeJS.ProcessEnv = {}): { child: ChildProcess; output: () => string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(ports.api),
    TEMPORAL_PORT: String(ports.temporal),
    TEMPORAL_UI_PORT: String(ports.ui),
    EMBEDDED_POSTGRES_PORT: String(ports.postgres),
    LOG_LEVEL: 'warn',
    ...overrides,
  };
  // A newcomer's environment: no database, no Temporal, the default data directory.
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_UI_URL', 'NODE_ENV', 'TEMPORAL_TASK_QUEUE', 'DATA_DIR']) delete env[name];
  const child = spawn(process.execPath, [path.join(projectDir, 'scripts', 'bootstrap.mjs'), 'start'], { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

function startStack(): Promise<Started> {
  const began = Date.now();
  const { child, output } = spawnStack();
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (output().includes('Press Ctrl-C to stop everything.')) {
        clearInterval(poll);
        resolve({ child, output, seconds: (Date.now() - began) / 1000 });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`npm start exited early (${code}):\n${output()}`));
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
  privateDir = mkdtempSync(path.join(tmpdir(), 'mlv-private-'));
  expect(statSync(privateDir).mode & 0o777).toBe(0o700);
  projectDir = copyProject(path.join(privateDir, 'magic-link'));
  dataDir = path.join(projectDir, '.data');
  ports = { api: await freePort(), temporal: await freePort(), ui: await freePort(), postgres: await freePort() };
});

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  // As root the database lives outside the private directory, behind a link: remove both.
  const databaseDir = path.join(dataDir, 'postgres');
  if (existsSync(databaseDir)) rmSync(realpathSync(databaseDir), { recursive: true, force: true });
  rmSync(privateDir, { recursive: true, force: true });
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

test('a start whose PostgreSQL port is taken ends with one clear message and leaves no process behind', async () => {
  const squatter: Server = createServer();
  const port = await freePort();
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  try {
    const { child, output } = spawnStack({ EMBEDDED_POSTGRES_PORT: String(port) });
    const seen = new Set<number>();
    const watch = setInterval(() => descendantsOf(child.pid!).forEach((pid) => seen.add(pid)), 50);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearInterval(watch);
    expect(code).toBe(1);
    expect(output()).toContain(`Embedded PostgreSQL did not start: port ${port} on 127.0.0.1 is already in use by another program. Set EMBEDDED_POSTGRES_PORT`);
    expect(output()).not.toMatch(/^\s+at /m);
    expect([...seen].filter(isAlive)).toEqual([]);
  } finally {
    squatter.close();
  }
});
