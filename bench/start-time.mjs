#!/usr/bin/env node
/**
 * Measures `npm start`: a cold start (empty data directory: PostgreSQL initdb, new Temporal state, first-start seed)
 * and a warm start (the same directory again), each until the API answers and the banner is printed, and the time
 * Ctrl-C takes to stop everything. Dependencies are assumed installed. Usage: node bench/start-time.mjs [runs]
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { root, runStack, scratchStackEnv } from './support.mjs';

const runs = Number(process.argv[2] ?? 1);

async function timeStart(env) {
  const stack = await runStack([path.join(root, 'scripts', 'bootstrap.mjs'), 'start'], env);
  return { ready: stack.readySeconds, stop: await stack.stop() };
}

const results = { cold: [], warm: [] };
for (let run = 0; run < runs; run += 1) {
  const { env, dataDir } = await scratchStackEnv('bench-start-');
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
