/**
 * A Temporal dev server and a PostgreSQL server of a test file's own, for chaos tests that stop and start them
 * mid-work: the shared ones (test/setup/) serve every other test file and never stop. Each keeps its state on disk
 * and its port across restarts, as a real deployment's servers do. Started with the same helpers as `npm start`.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/lib/embedded-postgres';
import { applyMigrations } from '../../scripts/lib/migrate';
import { resolveTemporalCli } from '../../scripts/lib/temporal-cli';
import { startTemporalDevServer, type RunningDevServer } from '../../scripts/lib/temporal-dev-server';
import { withDatabase } from './database';
import { freePort } from './ports';

const say = (line: string) => process.stdout.write(`[private services] ${line}\n`);

export interface RestartableService {
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  remove(): Promise<void>;
}

/** A directory under /tmp directly: as root, the `postgres` user must be able to reach it (see postgres-placement.ts). */
function dataDirFor(kind: string): string {
  return path.join(tmpdir(), `mlv-chaos-${kind}-${process.pid}-${Date.now().toString(36)}`);
}

/** A Temporal dev server whose history (a SQLite file) survives a restart on the same port. */
export async function startPrivateTemporal(): Promise<RestartableService & { address: string }> {
  const options = {
    binary: resolveTemporalCli(say),
    dataDir: dataDirFor('temporal'),
    port: await freePort(),
    uiPort: await freePort(),
    namespace: 'default',
    log: say,
  };
  mkdirSync(options.dataDir, { recursive: true });
  let server: RunningDevServer | null = await startTemporalDevServer(options);
  return {
    address: server.address,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server = await startTemporalDevServer(options);
    },
    async remove() {
      await server?.stop();
      server = null;
      rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL server with one migrated database, `databaseUrl`, whose data survives a restart on the same port. */
export async function startPrivatePostgres(): Promise<RestartableService & { databaseUrl: string }> {
  const options = { dataDir: dataDirFor('postgres'), port: await freePort(), log: say };
  let server: EmbeddedDatabase | null = await startEmbeddedPostgres(options);
  const databaseUrl = server.urlFor('chaos');
  await ensureDatabase(server.urlFor('postgres'), 'chaos');
  await applyMigrations(databaseUrl);
  return {
    databaseUrl,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server = await startEmbeddedPostgres(options);
    },
    async remove() {
      await server?.stop();
      server = null;
      rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}

/** A migrated database of its own on the shared PostgreSQL server: no other test file's worker sweeps its events. */
export async function createPrivateDatabase(sharedUrl: string): Promise<{ databaseUrl: string; drop(): Promise<void> }> {
  const name = `mlv_chaos_${Date.now()}_${process.pid}`;
  await ensureDatabase(sharedUrl, name);
  const databaseUrl = withDatabase(sharedUrl, name);
  await applyMigrations(databaseUrl);
  return { databaseUrl, drop: () => dropDatabase(sharedUrl, name) };
}
