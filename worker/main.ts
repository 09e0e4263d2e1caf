/** The worker process: polls the task queue, runs workflows and activities, drains on SIGTERM/SIGINT. */
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadConfig } from '../lib/config';
import { createDatabase } from '../lib/db';
import { createLogger } from '../lib/logger';
import { temporalConnectionOptions } from '../lib/temporal';
import { createDispatcher } from '../services/events/dispatch-events';
import { activityDepsFor } from './activity-deps';
import { createWorker } from './create-worker';
import { startEventSweeper } from './event-sweeper';
import { installWorkerRuntime } from './temporal-logs';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'worker', { format: config.logFormat });
  installWorkerRuntime(logger);
  const db = createDatabase(config.database.url, config.database.poolSize);
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  // Activities start workflows (a click's session) through an ordinary client connection.
  const clientConnection = await Connection.connect(temporalConnectionOptions(config.temporal));
  const temporal = new Client({ connection: clientConnection, namespace: config.temporal.namespace });
  const deps = activityDepsFor(config, { db, temporal, logger });
  const dispatch = createDispatcher(deps);
  const worker = await createWorker({ ...deps, dispatch, connection, namespace: config.temporal.namespace });
  const sweeper = startEventSweeper({ db, logger, dispatch });
  logger.info({ taskQueue: config.temporal.taskQueue, namespace: config.temporal.namespace }, 'worker started');
  // Runtime.install shuts the worker down gracefully on SIGINT/SIGTERM: in-flight tasks finish first.
  await worker.run();
  await sweeper.stop();
  await connection.close();
  await clientConnection.close();
  await db.$disconnect();
  logger.info('worker stopped');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
