/** What the benchmarks share: a scratch stack environment and running `npm start`'s stack until its banner. */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedPostgresUrl } from '../dist/scripts/lib/embedded-postgres.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Environment for a stack of its own: a scratch data directory under .data/ (PostgreSQL runs as the `postgres`
 * user when we are root, so not a 0700 temp dir), free ports, embedded PostgreSQL and the Temporal dev server.
 */
export async function scratchStackEnv(prefix, extra = {}) {
  mkdirSync(path.join(root, '.data'), { recursive: true });
  const dataDir = mkdtempSync(path.join(root, '.data', prefix));
  chmodSync(dataDir, 0o755);
  const ports = { api: await freePort(), temporal: await freePort(), ui: await freePort(), postgres: await freePort() };
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(ports.api),
    TEMPORAL_PORT: String(ports.temporal),
    TEMPORAL_UI_PORT: String(ports.ui),
    EMBEDDED_POSTGRES_PORT: String(ports.postgres),
    LOG_LEVEL: 'warn',
    ...extra,
  };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'NODE_ENV']) delete env[name];
  return { env, dataDir, ports };
}

/** Runs `script` (bootstrap.mjs start, or dist/scripts/dev.js) until the banner; `stop()` presses Ctrl-C. */
export async function runStack(args, env) {
  const began = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  await new Promise((resolve, reject) => {
    const poll = setInterval(() => output.includes('Press Ctrl-C') && (clearInterval(poll), resolve()), 50);
    child.once('exit', (code) => (clearInterval(poll), reject(new Error(`the stack exited (${code}):\n${output}`))));
  });
  return {
    readySeconds: (performance.now() - began) / 1000,
    async stop() {
      const stopBegan = performance.now();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
      return (performance.now() - stopBegan) / 1000;
    },
  };
}

/**
 * The whole stack as `npm start` runs it, in a scratch data directory with plenty of credits; answers with its
 * addresses and the seeded admin key, and removes the directory when stopped.
 */
export async function startBenchStack(prefix) {
  const { env, dataDir, ports } = await scratchStackEnv(prefix, { STARTING_CREDITS: '10000000' });
  const stack = await runStack([path.join(root, 'dist', 'scripts', 'dev.js')], env);
  const credentials = JSON.parse(readFileSync(path.join(dataDir, 'dev-credentials.json'), 'utf8'));
  return {
    baseUrl: `http://127.0.0.1:${ports.api}`,
    temporalAddress: `127.0.0.1:${ports.temporal}`,
    databaseUrl: embeddedPostgresUrl(ports.postgres, 'magiclink'),
    accountId: credentials.accountId,
    auth: `Basic ${Buffer.from(`${credentials.apiKey.id}:${credentials.apiKey.secret}`).toString('base64')}`,
    async stop() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One JSON call to the stack's API with its admin key; anything but 2xx throws with the answer. */
export async function apiCall(stack, method, pathname, body) {
  const response = await fetch(stack.baseUrl + pathname, {
    method,
    headers: { authorization: stack.auth, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
  return response.json();
}
