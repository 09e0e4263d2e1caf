/**
 * `npm run documents:migrate -- --from local --to s3`: copies every stored image from one document store to another
 * (each configured by the same variables as DOCUMENT_STORE would be: DOCUMENT_STORE_DIR, DATABASE_URL, S3_*), with
 * progress. Run it, switch DOCUMENT_STORE on every process, then run it again to pick up images uploaded meanwhile.
 */
import { parseArgs } from 'node:util';
import { loadConfig, type DocumentStoreSettings } from '../lib/config';
import { createDatabase } from '../lib/db';
import { transportFor } from '../lib/documents/store-from-config';
import { copyDocuments } from './lib/copy-documents';

const TRANSPORTS = ['local', 'database', 's3'] as const;
const USAGE = 'usage: npm run documents:migrate -- --from <local|database|s3> --to <local|database|s3> [--batch-size 200]';

function transportArgument(value: string | undefined, flag: string): (typeof TRANSPORTS)[number] {
  const found = TRANSPORTS.find((transport) => transport === value);
  if (!found) throw new Error(`--${flag} must be one of ${TRANSPORTS.join(', ')}\n${USAGE}`);
  return found;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, 'batch-size': { type: 'string', default: '200' } } });
  const from = transportArgument(values.from, 'from');
  const to = transportArgument(values.to, 'to');
  if (from === to) throw new Error(`--from and --to are both ${from}: nothing to move\n${USAGE}`);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new Error(`--batch-size must be an integer from 1 to 10000\n${USAGE}`);

  const settingsOf = (transport: string): DocumentStoreSettings => loadConfig({ ...process.env, DOCUMENT_STORE: transport }).documents.store;
  const config = loadConfig();
  const db = createDatabase(config.database.url, 2);
  try {
    const tally = await copyDocuments({
      db,
      from: transportFor(settingsOf(from), db),
      to: transportFor(settingsOf(to), db),
      batchSize,
      progress: ({ seen, copied, present, missing }) =>
        process.stdout.write(`${seen} images seen: ${copied} copied, ${present} already in ${to}, ${missing} missing from ${from}\n`),
    });
    process.stdout.write(`Done: ${tally.copied} copied from ${from} to ${to}, ${tally.present} already there, ${tally.missing} missing from ${from}.\n`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
