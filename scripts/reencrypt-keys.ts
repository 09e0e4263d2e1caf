/**
 * `npm run keys:reencrypt`: after a key rotation (DATA_ENCRYPTION_KEY = the new key, the old one in
 * DATA_ENCRYPTION_PREVIOUS_KEYS), re-encrypts every image in the configured document store, every sealed reading,
 * every webhook secret and every operator's TOTP secret still under a previous key, with progress. Safe to run while the service runs, and again.
 */
import { parseArgs } from 'node:util';
import { loadConfig, requireKeyring } from '../lib/config';
import { createDatabase } from '../lib/db';
import { transportFor } from '../lib/documents/store-from-config';
import { reencryptData, type KindTally } from './lib/reencrypt-data';

const USAGE = 'usage: npm run keys:reencrypt -- [--batch-size 200]';
const LABELS = { images: 'images', readings: 'sealed readings', secrets: 'webhook endpoints', totpSecrets: 'two-factor secrets' } as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'batch-size': { type: 'string', default: '200' } } });
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new Error(`--batch-size must be an integer from 1 to 10000\n${USAGE}`);

  const config = loadConfig();
  const keyring = requireKeyring(config);
  const db = createDatabase(config.database.url, 2);
  const line = (label: string, { seen, reencrypted, current, missing }: KindTally) =>
    `${label}: ${seen} seen, ${reencrypted} re-encrypted, ${current} already under key ${keyring.current.id}${label === 'images' ? `, ${missing} missing from the store` : ''}`;
  try {
    const tally = await reencryptData({
      db,
      transport: transportFor(config.documents.store, db),
      keyring,
      batchSize,
      progress: (running, kind) => process.stdout.write(`${line(LABELS[kind], running[kind])}\n`),
    });
    const total = Object.values(tally).reduce((sum, kind) => sum + kind.reencrypted, 0);
    process.stdout.write(`${Object.entries(LABELS).map(([kind, label]) => line(label, tally[kind as keyof typeof LABELS])).join('\n')}\n`);
    process.stdout.write(`Done: ${total} re-encrypted under key ${keyring.current.id}.\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
