/** Migrations apply from an empty database, match the schema, and the first start seeds exactly once. */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { promisify } from 'node:util';
import { createDatabase, type Database } from '../../lib/db';
import { verifyPassword } from '../../lib/secrets';
import { dropDatabase, ensureDatabase } from '../../scripts/lib/embedded-postgres';
import { PRISMA_CLI, applyMigrations } from '../../scripts/lib/migrate';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { DEFAULT_ADMIN_EMAIL, seedIfEmpty } from '../../scripts/lib/seed';
import { withDatabase } from '../support/database';
import { basicAuth, call, startTestApi } from '../support/harness';

const execFileAsync = promisify(execFile);
const testDatabaseUrl = () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through npm test');
  return url;
};
const adminUrl = withDatabase(testDatabaseUrl(), 'postgres');
const freshName = `mlv_migrations_${Date.now()}`;
const freshUrl = withDatabase(testDatabaseUrl(), freshName);
let db: Database;

beforeAll(async () => {
  await ensureDatabase(adminUrl, freshName);
  db = createDatabase(freshUrl, 4);
});
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(adminUrl, freshName);
});

test('every migration applies to an empty database', async () => {
  await applyMigrations(freshUrl);
  const migrationDirs = readdirSync(path.join(PROJECT_ROOT, 'prisma', 'migrations'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const applied = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
  expect(applied.map((row) => row.migration_name)).toEqual(migrationDirs.map((entry) => entry.name).sort());
  const tables = await db.$queryRaw<{ table_name: string }[]>`SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
  expect(tables.map((row) => row.table_name)).toEqual(
    expect.arrayContaining(['Account', 'ApiKey', 'DashboardUser', 'Link', 'LinkView', 'Session', 'Document', 'Event', 'WebhookEndpoint', 'Delivery', 'DeliveryAttempt', 'CreditLedgerEntry', 'IdempotencyKey']),
  );
  // Applying again is a no-op, as on every `npm start`.
  await expect(applyMigrations(freshUrl)).resolves.toContain('No pending migrations');
});

test('prisma/schema.prisma has no changes missing from the migrations', async () => {
  const { stdout } = await execFileAsync(
    process.execPath,
    [PRISMA_CLI, 'migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
    { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: freshUrl } },
  );
  expect(stdout.trim()).toBe('-- This is an empty migration.');
}, 120_000);

test('databases are created while another session is connected to template1 (Prisma\'s shadow database and ours)', async () => {
  const template1 = new pg.Client({ connectionString: withDatabase(testDatabaseUrl(), 'template1') });
  await template1.connect();
  const other = `mlv_template_${Date.now()}`;
  try {
    const { stdout } = await execFileAsync(
      process.execPath,
      [PRISMA_CLI, 'migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
      { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: freshUrl } },
    );
    expect(stdout.trim()).toBe('-- This is an empty migration.');
    await ensureDatabase(adminUrl, other);
  } finally {
    await template1.end();
    await dropDatabase(adminUrl, other);
  }
}, 120_000);

test('the first start seeds an account, an admin key and a dashboard admin, once, even when racing', async () => {
  const results = await Promise.all([seedIfEmpty(db, 100), seedIfEmpty(db, 100), seedIfEmpty(db, 100)]);
  const seeded = results.filter((result) => result !== null);
  expect(seeded).toHaveLength(1);
  expect(await seedIfEmpty(db, 100)).toBeNull();
  const credentials = seeded[0]!;

  const account = await db.account.findUniqueOrThrow({ where: { id: credentials.accountId } });
  expect({ balance: account.creditBalance, reserved: account.creditReserved }).toEqual({ balance: 100, reserved: 0 });
  expect(await db.creditLedgerEntry.findMany({ where: { accountId: account.id }, select: { type: true, amount: true } })).toEqual([{ type: 'TOPUP', amount: 100 }]);

  const key = await db.apiKey.findUniqueOrThrow({ where: { id: credentials.apiKey.id } });
  expect(key.role).toBe('ADMIN');
  expect(key.secretHash).not.toContain(credentials.apiKey.secret);
  const user = await db.dashboardUser.findUniqueOrThrow({ where: { email: DEFAULT_ADMIN_EMAIL } });
  expect(user.passwordHash).not.toContain(credentials.dashboard.password);
  expect(await verifyPassword(credentials.dashboard.password, user.passwordHash)).toBe(true);
  expect(await verifyPassword('not-the-password', user.passwordHash)).toBe(false);

  const api = await startTestApi({ DATABASE_URL: freshUrl });
  try {
    const ok = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: basicAuth(credentials.apiKey.id, credentials.apiKey.secret) });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({
      id: credentials.accountId,
      name: 'Default account',
      credits: { balance: 100, reserved: 0, available: 100 },
      verification: { autoApprove: true, autoDeny: true },
    });
    const wrong = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: basicAuth(credentials.apiKey.id, `${credentials.apiKey.secret}x`) });
    expect(wrong.status).toBe(401);
  } finally {
    await api.close();
  }
});
