/**
 * A worker of its own, in this process, on its own task queue and with its own configuration (e.g. providers pointed
 * at fake servers), beside the shared test worker. Pair it with `startTestApi({ TEMPORAL_TASK_QUEUE })`.
 */
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadConfig, requireEncryptionKey } from '../../lib/config';
import { createDatabase } from '../../lib/db';
import { createDocumentStore } from '../../lib/documents/store';
import { createLogger } from '../../lib/logger';
import { createWorker } from '../../worker/create-worker';
import { testEnv } from './harness';

export async function startTestWorker(overrides: Record<string, string> & { TEMPORAL_TASK_QUEUE: string }): Promise<{ stop(): Promise<void> }> {
  const config = loadConfig(testEnv(overrides));
  const db = createDatabase(config.database.url, 5);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const clientConnection = await Connection.connect({ address: config.temporal.address });
  const encryptionKey = requireEncryptionKey(config);
  const worker = await createWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    db,
    logger: createLogger('warn', 'test-worker'),
    temporal: new Client({ connection: clientConnection, namespace: config.temporal.namespace }),
    documents: createDocumentStore({ dir: config.documents.storeDir, encryptionKey }),
    sessionSettings: config.sessions,
    encryptionKey,
    webhooks: config.webhooks,
    notifications: config.notifications,
    publicBaseUrl: config.http.publicBaseUrl,
  });
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
