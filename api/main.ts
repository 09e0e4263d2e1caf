/** The API process: connects to PostgreSQL and Temporal, listens, and drains on SIGTERM/SIGINT. */
import { Client, Connection } from '@temporalio/client';
import { createBackgroundWork } from '../lib/background-work';
import { configWarnings, loadConfig } from '../lib/config';
import { createDatabase } from '../lib/db';
import { documentStoreFor } from '../lib/documents/store-from-config';
import { createLogger } from '../lib/logger';
import { temporalConnectionOptions } from '../lib/temporal';
import { dispatcherFor } from '../services/events/dispatch-events';
import { createApp } from './app';
import { createMetrics } from './metrics';

const SHUTDOWN_GRACE_MS = 10_000;

function main(): void {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'api', { format: config.logFormat });
  for (const warning of configWarnings(config)) logger.warn(warning);
  const db = createDatabase(config.database.url, config.database.poolSize);
  // Lazy: the API starts and answers /readyz (503) even while Temporal is still coming up.
  const connection = Connection.lazy(temporalConnectionOptions(config.temporal));
  const temporal = new Client({ connection, namespace: config.temporal.namespace });
  const documents = documentStoreFor(config.documents.store, { db, keyring: config.keyring });
  const dispatch = dispatcherFor(db, temporal, config, logger);
  const background = createBackgroundWork();
  const app = createApp({ config, db, temporal, dispatch, logger, metrics: createMetrics(), documents, background });

  const server = app.listen(config.http.port, config.http.host, () => {
    logger.info({ port: config.http.port, url: config.http.publicBaseUrl }, 'api listening');
  });
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'api could not listen');
    process.exit(1);
  });

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'api shutting down');
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    server.close(() => {
      // First attempts already begun finish (within the grace); any cut short are handed over by the sweeper. Work a
      // request started without waiting for it (a password reset's email) finishes too.
      Promise.all([dispatch.drain(), background.drain()])
        .then(() => Promise.all([db.$disconnect(), connection.close()]))
        .then(() => {
          clearTimeout(force);
          process.exit(0);
        })
        .catch(() => process.exit(1));
    });
    server.closeIdleConnections();
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

try {
  main();
} catch (error) {
  console.error(error);
  process.exit(1);
}
