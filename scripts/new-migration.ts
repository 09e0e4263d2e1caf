/**
 * `npm run db:migrate -- --name add_thing`: writes a new migration from the difference between the committed
 * migrations and prisma/schema.prisma, then applies it to the development database.
 *
 * Why not `prisma migrate dev`: with driver adapters on Prisma 6.19 it fails here (see prisma.config.ts), while
 * `migrate diff --from-migrations` (which replays the migrations into a shadow database) and `migrate deploy` work.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { embeddedPostgresUrl, startEmbeddedPostgres } from './lib/embedded-postgres';
import { PRISMA_CLI, applyMigrations } from './lib/migrate';
import { PROJECT_ROOT } from './lib/paths';

const execFileAsync = promisify(execFile);
const EMPTY_MIGRATION = /^\s*-- This is an empty migration\.\s*$/;

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** DATABASE_URL, else the embedded server of a running `npm start`, else the embedded server started for this run. */
async function developmentDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => Promise.resolve() };
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 5433);
  const dataDir = path.resolve(PROJECT_ROOT, process.env.DATA_DIR ?? '.data', 'postgres');
  const running = embeddedPostgresUrl(port, 'magiclink');
  if (await canConnect(running)) return { url: running, stop: () => Promise.resolve() };
  const embedded = await startEmbeddedPostgres({ dataDir, port, log: (line) => process.stdout.write(`${line}\n`) });
  await embedded.ensureDatabase('magiclink');
  return { url: embedded.urlFor('magiclink'), stop: () => embedded.stop() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { name: { type: 'string' } } });
  const name = values.name?.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (!name) throw new Error('Usage: npm run db:migrate -- --name describe_the_change');

  const database = await developmentDatabase();
  try {
    const { stdout: sql } = await execFileAsync(
      process.execPath,
      [PRISMA_CLI, 'migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
      { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: database.url } },
    );
    if (EMPTY_MIGRATION.test(sql)) {
      process.stdout.write('prisma/schema.prisma matches the migrations: nothing to do.\n');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(PROJECT_ROOT, 'prisma', 'migrations', `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql);
    process.stdout.write(`Created ${path.relative(PROJECT_ROOT, dir)}/migration.sql\n`);
    process.stdout.write(await applyMigrations(database.url));
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
