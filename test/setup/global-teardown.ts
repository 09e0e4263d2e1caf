import { rmSync } from 'node:fs';
import { dropDatabase } from '../../scripts/lib/embedded-postgres';
import type { SharedTestState } from './shared';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __testState?: Partial<SharedTestState> }).__testState;
  if (!state) return;
  await state.sweeper?.stop();
  if (state.worker) {
    state.worker.shutdown();
    await state.workerRun;
  }
  await state.workerConnection?.close();
  await state.db?.$disconnect();
  await state.temporal?.teardown();
  if (state.adminDatabaseUrl && state.databaseName) await dropDatabase(state.adminDatabaseUrl, state.databaseName);
  await state.embeddedPostgres?.stop();
  if (state.documentStoreDir) rmSync(state.documentStoreDir, { recursive: true, force: true });
}
