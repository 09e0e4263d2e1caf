/**
 * The checks worker process: runs the verification engine's activities (document reading, faces) on their own task
 * queue, apart from the workflow worker, so it scales on its own and its memory (models, images) stays out of the
 * workflow worker's. Models load once at start and stay warm between sessions; CHECKS_CONCURRENCY bounds how many
 * submissions it reads at once. Drains on SIGTERM/SIGINT like the workflow worker.
 */
import { NativeConnection, Worker } from '@temporalio/worker';
import { loadConfig, requireKeyring } from '../lib/config';
import { createDatabase } from '../lib/db';
import { documentStoreFor } from '../lib/documents/store-from-config';
import { createLogger } from '../lib/logger';
import { temporalConnectionOptions } from '../lib/temporal';
import { createDocumentReader } from '../activities/checks/document';
import { createFaceEngine } from '../activities/checks/face';
import { createEngineActivities } from '../activities/checks/read-submission';
import { checksTaskQueueFor } from '../workflows/definitions';
import { finalActivityFailures } from './final-activity-failures';
import { installWorkerRuntime } from './temporal-logs';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'checks-worker', { format: config.logFormat });
  installWorkerRuntime(logger);
  const keyring = requireKeyring(config);
  const concurrency = config.verification.checksConcurrency;
  const loadingStarted = Date.now();
  const [reader, faces] = await Promise.all([createDocumentReader({ concurrency }), createFaceEngine({ concurrency })]);
  logger.info({ millis: Date.now() - loadingStarted }, 'verification engine loaded');

  const db = createDatabase(config.database.url, Math.max(2, concurrency + 1));
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  const taskQueue = checksTaskQueueFor(config.temporal.taskQueue);
  const worker = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue,
    activities: createEngineActivities({ db, documents: documentStoreFor(config.documents.store, { db, keyring }), reader, faces, keyring }),
    // Each reading holds its images and the OCR and face work in memory: a bounded number at a time.
    maxConcurrentActivityTaskExecutions: concurrency,
    interceptors: { activity: [finalActivityFailures] },
  });
  logger.info({ taskQueue, concurrency }, 'checks worker started');
  await worker.run();
  await Promise.all([reader.close(), faces.close()]);
  await connection.close();
  await db.$disconnect();
  logger.info('checks worker stopped');
}

main().catch((error: unknown) => {
  // One line a person can act on, not a stack trace (the cause is in the message).
  console.error(`The checks worker did not start or stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
