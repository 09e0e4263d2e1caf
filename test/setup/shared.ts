import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { NativeConnection, Worker } from '@temporalio/worker';
import type { Database } from '../../lib/db';
import type { EmbeddedDatabase } from '../../scripts/lib/embedded-postgres';

export const TEST_TASK_QUEUE = 'magic-link-test';
/** The shared worker's webhook retry schedule (seconds before attempts 2, 3, …). */
export const TEST_WEBHOOK_RETRY_SCHEDULE = '1,1,1,2,2,3,3';
/** The shared worker's webhook timeout: short, so a slow-receiver test takes seconds. */
export const TEST_WEBHOOK_TIMEOUT_SECONDS = '2';

/** What global setup hands to global teardown (both run in Jest's parent process). */
export interface SharedTestState {
  temporal: TestWorkflowEnvironment;
  embeddedPostgres?: EmbeddedDatabase;
  adminDatabaseUrl: string;
  databaseName: string;
  documentStoreDir: string;
  db: Database;
  workerConnection: NativeConnection;
  worker: Worker;
  workerRun: Promise<void>;
  sweeper: { stop(): Promise<void> };
}
