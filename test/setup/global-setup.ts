/**
 * Provisions what every test shares, once per run: the Temporal dev server (through @temporalio/testing, with the
 * binary resolved like `npm start` does), a fresh PostgreSQL database with migrations applied (on DATABASE_URL's
 * server if set, else an embedded server), and one worker with the real activities on a test task queue.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadConfig } from '../../lib/config';
import { createDatabase } from '../../lib/db';
import { createLogger } from '../../lib/logger';
import { createDispatcher } from '../../services/events/dispatch-events';
import { activityDepsFor } from '../../worker/activity-deps';
import { createWorker } from '../../worker/create-worker';
import { startEventSweeper } from '../../worker/event-sweeper';
import { SEARCH_ATTRIBUTES } from '../../workflows/definitions';
import { ensureDatabase, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { applyMigrations } from '../../scripts/lib/migrate';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { resolveTemporalCli } from '../../scripts/lib/temporal-cli';
import globalTeardown from './global-teardown';
import { withDatabase } from '../support/database';
import { TEST_TASK_QUEUE, TEST_WEBHOOK_RETRY_SCHEDULE, TEST_WEBHOOK_TIMEOUT_SECONDS, type SharedTestState } from './shared';

const say = (line: string) => process.stdout.write(`[test setup] ${line}\n`);

export default async function globalSetup(): Promise<void> {
  const state: Partial<SharedTestState> = {};
  (globalThis as { __testState?: Partial<SharedTestState> }).__testState = state;
  try {
    await provision(state);
  } catch (error) {
    // Jest skips global teardown when setup fails: stop what did start, so no server outlives the run.
    await globalTeardown().catch(() => undefined);
    throw error instanceof Error ? error : new Error(`Test setup failed: ${String(error)}`);
  }
}

async function provision(state: Partial<SharedTestState>): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const binary = resolveTemporalCli(say);
  state.temporal = await TestWorkflowEnvironment.createLocal({
    // No dbFilename: in-memory state, the fastest store measured (`npm run bench:engine`), and a test run's
    // workflows need not outlive it; `npm start` uses a file with the pragmas of scripts/lib/temporal-dev-server.ts.
    server: {
      executable: binary.type === 'existing-path' ? { type: 'existing-path', path: binary.path } : { type: 'cached-download' },
      ip: '127.0.0.1',
      searchAttributes: Object.values(SEARCH_ATTRIBUTES),
      // The server logs every refused update (e.g. on continue-as-new) as an error; tests assert outcomes instead.
      log: { format: 'pretty', level: 'never' },
    },
  });
  process.env.TEST_TEMPORAL_ADDRESS = state.temporal.address;

  const databaseName = `mlv_test_${Date.now()}_${process.pid}`;
  if (process.env.DATABASE_URL) {
    state.adminDatabaseUrl = process.env.DATABASE_URL;
  } else {
    const port = Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 5434);
    say(`DATABASE_URL is not set: using embedded PostgreSQL on 127.0.0.1:${port}`);
    state.embeddedPostgres = await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, '.data', 'test-postgres'), port, log: say });
    state.adminDatabaseUrl = state.embeddedPostgres.urlFor('postgres');
  }
  await ensureDatabase(state.adminDatabaseUrl, databaseName);
  state.databaseName = databaseName;
  const databaseUrl = withDatabase(state.adminDatabaseUrl, databaseName);
  await applyMigrations(databaseUrl);
  process.env.TEST_DATABASE_URL = databaseUrl;

  // One encrypted document store for the run, shared by the test APIs and the worker like in production.
  state.documentStoreDir = mkdtempSync(path.join(tmpdir(), 'mlv-documents-'));
  process.env.TEST_DOCUMENT_STORE_DIR = state.documentStoreDir;
  process.env.TEST_DATA_ENCRYPTION_KEY = randomBytes(32).toString('base64');
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    TEMPORAL_TASK_QUEUE: TEST_TASK_QUEUE,
    DOCUMENT_STORE_DIR: state.documentStoreDir,
    DATA_ENCRYPTION_KEY: process.env.TEST_DATA_ENCRYPTION_KEY,
    // Seconds instead of Svix's minutes and hours, so retry tests finish; the sequence's shape is the same.
    WEBHOOK_RETRY_SCHEDULE: TEST_WEBHOOK_RETRY_SCHEDULE,
    WEBHOOK_TIMEOUT_SECONDS: TEST_WEBHOOK_TIMEOUT_SECONDS,
    VERIFICATION_ENGINE: 'false',
  });

  state.db = createDatabase(databaseUrl, 10);
  state.workerConnection = await NativeConnection.connect({ address: state.temporal.address });
  const deps = activityDepsFor(config, { db: state.db, temporal: state.temporal.client, logger: createLogger('warn', 'test-worker') });
  const dispatch = createDispatcher(deps);
  state.worker = await createWorker({ ...deps, dispatch, connection: state.workerConnection, namespace: 'default' });
  state.workerRun = state.worker.run();
  state.sweeper = startEventSweeper({ db: state.db, logger: createLogger('warn', 'test-sweeper'), dispatch });
}
