/** Applies Prisma migrations with the project's Prisma CLI (offline: see prisma.config.ts). */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { PROJECT_ROOT } from './paths';

const execFileAsync = promisify(execFile);

export const PRISMA_CLI = path.join(PROJECT_ROOT, 'node_modules', 'prisma', 'build', 'index.js');
const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
const UNDEFINED_TABLE = '42P01';

/** Migrations in prisma/migrations that the database has not finished applying. */
async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const all = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return all.filter((name) => !applied.has(name));
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return all;
    throw error;
  } finally {
    await client.end();
  }
}

export async function applyMigrations(databaseUrl: string): Promise<string> {
  // The CLI takes ~11 s even with nothing to do (its WASM engine leaves a 10 s timer running), so every warm
  // start would pay it: skip it when every migration is already applied.
  if ((await pendingMigrations(databaseUrl)).length === 0) return 'No pending migrations to apply.\n';
  try {
    const { stdout } = await execFileAsync(process.execPath, [PRISMA_CLI, 'migrate', 'deploy'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`prisma migrate deploy failed:\n${stdout}${stderr}`);
  }
}
