/** The real dependencies of the activities, built from the configuration: one place for the worker and the tests. */
import type { Client } from '@temporalio/client';
import type { ActivityDeps } from '../activities';
import { requireKeyring, type Config } from '../lib/config';
import type { Database } from '../lib/db';
import { documentStoreFor } from '../lib/documents/store-from-config';
import type { Logger } from '../lib/logger';

export function activityDepsFor(config: Config, { db, temporal, logger }: { db: Database; temporal: Client; logger: Logger }): ActivityDeps {
  const keyring = requireKeyring(config);
  return {
    db,
    logger,
    temporal,
    taskQueue: config.temporal.taskQueue,
    documents: documentStoreFor(config.documents.store, { db, keyring }),
    sessionSettings: config.sessions,
    verification: config.verification,
    keyring,
    webhooks: config.webhooks,
    notifications: config.notifications,
    publicBaseUrl: config.http.publicBaseUrl,
  };
}
