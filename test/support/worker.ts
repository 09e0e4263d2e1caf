/**
 * A worker of its own, in this process, on its own task queue and with its own configuration (e.g. providers pointed
 * at fake servers), beside the shared test worker. Pair it with `startTestApi({ TEMPORAL_TASK_QUEUE })`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadConfig } from '../../lib/config';
import { createDatabase } from '../../lib/db';
import { createLogger } from '../../lib/logger';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { activityDepsFor } from '../../worker/activity-deps';
import { createWorker } from '../../worker/create-worker';
import { testEnv } from './harness';

export async function startTestWorker(overrides: Record<string, string> & { TEMPORAL_TASK_QUEUE: string }): Promise<{ stop(): Promise<void> }> {
  const config = loadConfig(testEnv(overrides));
  const db = createDatabase(config.database.url, 5);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const clientConnection = await Connection.connect({ address: config.temporal.address });
  const temporal = new Client({ connection: clientConnection, namespace: config.temporal.namespace });
  const deps = activityDepsFor(config, { db, temporal, logger: createLogger('warn', 'test-worker') });
  const worker = await createWorker({ ...deps, connection, namespace: config.temporal.namespace });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
      await clientConnection.close();
      await db.$disconnect();
    },
  };
}

/**
 * Production workers (compiled, prebuilt workflow bundle) as child processes on their own task queue, for tests
 * that kill them (SIGKILL) mid-work and start new ones; `checks-main.js` for the verification engine's checks workers.
 */
export function workerProcesses(
  taskQueue: string,
  options: { script?: 'main.js' | 'checks-main.js'; env?: Record<string, string> } = {},
): { start(): void; killAll(): Promise<void> } {
  const running = new Set<ChildProcess>();
  return {
    start() {
      const worker = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'worker', options.script ?? 'main.js')], {
        env: { ...process.env, ...testEnv({ TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'warn', ...options.env }) },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      running.add(worker);
      worker.once('exit', () => running.delete(worker));
    },
    async killAll() {
      await Promise.all(
        [...running].map((worker) => {
          const exited = new Promise((resolve) => worker.once('exit', resolve));
          worker.kill('SIGKILL');
          return exited;
        }),
      );
    },
  };
}
