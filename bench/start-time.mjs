#!/usr/bin/env node
/**
 * Measures `npm start`: a cold start (empty data directory: PostgreSQL initdb, new Temporal state, first-start seed)
 * and a warm start (the same directory again), each until the API answers and the banner is printed, and the time
 * Ctrl-C takes to stop everything. Dependencies are assumed installed. Usage: node bench/start-time.mjs [runs]
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 1);

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function timeStart(env) {
  const began = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'bootstrap.mjs'), 'start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  await new Promise((resolve, reject) => {
    const poll = setInterval(() => output.includes('Press Ctrl-C') && (clearInterval(poll), resolve()), 50);
    child.once('exit', (code) => (clearInterval(poll), reject(new Error(`npm start exited (${code}):\n${output}`))));
  });
  const ready = (performance.now() - began) / 1000;
  const stopBegan = performance.now();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
  return { ready, stop: (performance.now() - stopBegan) / 1000 };
}

const results = { cold: [], warm: [] };
for (let run = 0; run < runs; run += 1) {
  mkdirSync(path.join(root, '.data'), { recursive: true });
  const dataDir = mkdtempSync(path.join(root, '.data', 'bench-start-'));
  chmodSync(dataDir, 0o755);
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), TEMPORAL_PORT: String(await freePort()), TEMPORAL_UI_PORT: String(await freePort()), EMBEDDED_POSTGRES_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.TEMPORAL_ADDRESS;
  try {
    results.cold.push(await timeStart(env));
    results.warm.push(await timeStart(env));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [kind, list] of Object.entries(results)) {
  console.log(`${kind} start: ready in ${median(list.map((r) => r.ready)).toFixed(1)} s, Ctrl-C stopped everything in ${median(list.map((r) => r.stop)).toFixed(1)} s (median of ${list.length})`);
}
