/**
 * The key that encrypts images at rest under `npm start`: DOCUMENT_ENCRYPTION_KEY when set, else one generated on
 * the first start into DATA_DIR/document-key (mode 0600) and reused, so documents stay readable across restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function developmentDocumentKey(dataDir: string, log: (line: string) => void): string {
  if (process.env.DOCUMENT_ENCRYPTION_KEY) return process.env.DOCUMENT_ENCRYPTION_KEY;
  const file = path.join(dataDir, 'document-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  log(`Generated the document encryption key in ${path.relative(process.cwd(), file)} (keep it with the data: images cannot be read without it).`);
  return key;
}
