/**
 * `npm run migrate` (and the migrate job in docker-compose): applies pending migrations to DATABASE_URL, then seeds
 * the default account on an empty database and prints its credentials once.
 */
import { loadConfig } from '../lib/config';
import { createDatabase } from '../lib/db';
import { applyMigrations } from './lib/migrate';
import { seedIfEmpty } from './lib/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  process.stdout.write(await applyMigrations(config.database.url));
  const db = createDatabase(config.database.url, 2);
  try {
    const credentials = await seedIfEmpty(db, config.startingCredits);
    if (credentials) {
      process.stdout.write(
        [
          'Seeded the default account. These credentials are shown once; store them now:',
          `  account        ${credentials.accountId}`,
          `  API key id     ${credentials.apiKey.id}`,
          `  API secret     ${credentials.apiKey.secret}`,
          `  dashboard      ${credentials.dashboard.email} / ${credentials.dashboard.password}`,
          '',
        ].join('\n'),
      );
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
