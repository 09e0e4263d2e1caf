/**
 * The key that encrypts data at rest (images, webhook signing secrets) under `npm start`: DATA_ENCRYPTION_KEY when
 * set, else one generated on the first start into DATA_DIR/data-key (mode 0600) and reused across restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function developmentDataKey(dataDir: string, log: (line: string) => void): string {
  if (process.env.DATA_ENCRYPTION_KEY) return process.env.DATA_ENCRYPTION_KEY;
  const file = path.join(dataDir, 'data-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  log(`Generated the data encryption key in ${path.relative(process.cwd(), file)} (keep it with the data: images and webhook secrets cannot be read without it).`);
  return key;
}
