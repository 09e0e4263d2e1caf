/** The worker process: polls the task queue, runs workflows and activities, drains on SIGTERM/SIGINT. */
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { loadConfig, requireEncryptionKey } from '../lib/config';
import { createDatabase } from '../lib/db';
import { createDocumentStore } from '../lib/documents/store';
import { createLogger } from '../lib/logger';
import { temporalConnectionOptions } from '../lib/temporal';
import { createDispatcher } from '../lib/webhooks/dispatch';
import { createWorker } from './create-worker';
import { startEventSweeper } from './event-sweeper';
import { routeTemporalLogs } from './temporal-logs';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'worker');
  Runtime.install({
    logger: routeTemporalLogs(logger),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN', other: 'WARN' }), forward: {} } },
  });
  const db = createDatabase(config.database.url, config.database.poolSize);
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  // Activities start workflows (a click's session) through an ordinary client connection.
  const clientConnection = await Connection.connect(temporalConnectionOptions(config.temporal));
  const temporal = new Client({ connection: clientConnection, namespace: config.temporal.namespace });
  const encryptionKey = requireEncryptionKey(config);
  const worker = await createWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    db,
    logger,
    temporal,
    documents: createDocumentStore({ dir: config.documents.storeDir, encryptionKey }),
    sessionSettings: config.sessions,
    encryptionKey,
    webhooks: config.webhooks,
    notifications: config.notifications,
    publicBaseUrl: config.http.publicBaseUrl,
  });
  const sweeper = startEventSweeper({
    db,
    logger,
    dispatch: createDispatcher({ db, temporal, taskQueue: config.temporal.taskQueue, encryptionKey, webhooks: config.webhooks }),
  });
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
