/**
 * Encrypted image storage on the local disk: one folder per session (`ses_…/doc_….bin`), so a session's images are
 * deleted together when its data expires. Storage keys are checked against a strict pattern before any path is
 * built, so no key can reach outside the store's folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ID_PREFIXES } from '../ids';
import { decryptDocument, encryptDocument } from './crypto';

export interface DocumentStore {
  /** Encrypts and writes atomically: readers see the old file or the whole new one, never half of it. */
  put(storageKey: string, bytes: Buffer): Promise<void>;
  get(storageKey: string): Promise<Buffer>;
  /** Removes one image (replaced, or refused after it was stored); nothing to remove is not an error. */
  delete(storageKey: string): Promise<void>;
  /** Removes every file of a session; nothing to remove is not an error. */
  deleteSession(sessionId: string): Promise<void>;
}

const ID_BODY = '[0-9a-z]{1,64}';
const SESSION_ID = new RegExp(`^${ID_PREFIXES.session}_${ID_BODY}$`);
const DOCUMENT_ID = new RegExp(`^${ID_PREFIXES.document}_${ID_BODY}$`);
const STORAGE_KEY = new RegExp(`^${ID_PREFIXES.session}_${ID_BODY}/${ID_PREFIXES.document}_${ID_BODY}\\.bin$`);

const MISSING_KEY_MESSAGE = 'DATA_ENCRYPTION_KEY is not set: images and webhook secrets are encrypted at rest with it (32 bytes in base64, e.g. `openssl rand -base64 32`)';

export function storageKeyFor(sessionId: string, documentId: string): string {
  assertMatches(SESSION_ID, sessionId, 'session id');
  assertMatches(DOCUMENT_ID, documentId, 'document id');
  return `${sessionId}/${documentId}.bin`;
}

function assertMatches(pattern: RegExp, value: string, what: string): void {
  if (!pattern.test(value)) throw new Error(`Not a ${what}: ${JSON.stringify(value)}`);
}

export function createDocumentStore(options: { dir: string; encryptionKey: Buffer | null }): DocumentStore {
  const key = options.encryptionKey;
  if (key === null) throw new Error(MISSING_KEY_MESSAGE);
  if (key.length !== 32) throw new Error(`DATA_ENCRYPTION_KEY must be 32 bytes, not ${key.length} (e.g. \`openssl rand -base64 32\`)`);
  const root = resolve(options.dir);

  function pathOf(storageKey: string): string {
    assertMatches(STORAGE_KEY, storageKey, 'storage key');
    return join(root, storageKey);
  }

  return {
    async put(storageKey, bytes) {
      const path = pathOf(storageKey);
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const temporary = `${path}.${randomBytes(8).toString('hex')}.tmp`;
      try {
        const file = await open(temporary, 'wx', 0o600);
        try {
          await file.writeFile(encryptDocument(key, bytes, storageKey));
          // On disk before the rename, so a crash cannot leave an empty file under the final name.
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(storageKey) {
      return decryptDocument(key, await readFile(pathOf(storageKey)), storageKey);
    },

    async delete(storageKey) {
      await rm(pathOf(storageKey), { force: true });
    },

    async deleteSession(sessionId) {
      assertMatches(SESSION_ID, sessionId, 'session id');
      await rm(join(root, sessionId), { recursive: true, force: true });
    },
  };
}
