/**
 * Encrypted image storage: one interface for the API and the workers, whatever the transport underneath (a local
 * directory, PostgreSQL or S3 — stores/). Encryption happens here, once, above the transport: a transport only ever
 * sees ciphertext, and the key never leaves the process. Storage keys (`ses_…/doc_….bin`) are checked against a
 * strict pattern before any transport sees them, so no key can reach outside the store or another session.
 */
import { ID_PREFIXES } from '../ids';
import type { Keyring } from '../keyring';
import { decryptDocument, encryptDocument } from './crypto';
import type { BlobTransport } from './stores/transport';

export interface DocumentStore {
  /** Encrypts and writes atomically: readers see the old image or the whole new one, never half of it. */
  put(storageKey: string, bytes: Buffer): Promise<void>;
  /** Throws DocumentNotFoundError when nothing is stored under the key. */
  get(storageKey: string): Promise<Buffer>;
  /** Removes one image (replaced, or refused after it was stored); nothing to remove is not an error. */
  delete(storageKey: string): Promise<void>;
  /** Removes every image of a session; nothing to remove is not an error. */
  deleteSession(sessionId: string): Promise<void>;
}

export class DocumentNotFoundError extends Error {
  override name = 'DocumentNotFoundError';
}

const ID_BODY = '[0-9a-z]{1,64}';
const SESSION_ID = new RegExp(`^${ID_PREFIXES.session}_${ID_BODY}$`);
const DOCUMENT_ID = new RegExp(`^${ID_PREFIXES.document}_${ID_BODY}$`);
const STORAGE_KEY = new RegExp(`^${ID_PREFIXES.session}_${ID_BODY}/${ID_PREFIXES.document}_${ID_BODY}\\.bin$`);
// An account's logo (branding) lives in the account's own folder, out of reach of any session's deletion.
const ACCOUNT_ID = new RegExp(`^${ID_PREFIXES.account}_${ID_BODY}$`);
const LOGO_ID = new RegExp(`^${ID_PREFIXES.logo}_${ID_BODY}$`);
const LOGO_KEY = new RegExp(`^${ID_PREFIXES.account}_${ID_BODY}/${ID_PREFIXES.logo}_${ID_BODY}\\.bin$`);

const MISSING_KEY_MESSAGE = 'DATA_ENCRYPTION_KEY is not set: images and webhook secrets are encrypted at rest with it (32 bytes in base64, e.g. `openssl rand -base64 32`)';

export function storageKeyFor(sessionId: string, documentId: string): string {
  assertSessionId(sessionId);
  assertMatches(DOCUMENT_ID, documentId, 'document id');
  return `${sessionId}/${documentId}.bin`;
}

export function logoStorageKeyFor(accountId: string, logoId: string): string {
  assertMatches(ACCOUNT_ID, accountId, 'account id');
  assertMatches(LOGO_ID, logoId, 'logo id');
  return `${accountId}/${logoId}.bin`;
}

export function assertStorageKey(storageKey: string): void {
  if (LOGO_KEY.test(storageKey)) return;
  assertMatches(STORAGE_KEY, storageKey, 'storage key');
}

function assertSessionId(sessionId: string): void {
  assertMatches(SESSION_ID, sessionId, 'session id');
}

function assertMatches(pattern: RegExp, value: string, what: string): void {
  if (!pattern.test(value)) throw new Error(`Not a ${what}: ${JSON.stringify(value)}`);
}

export function createDocumentStore(options: { transport: BlobTransport; keyring: Keyring | null }): DocumentStore {
  const { transport } = options;
  const key = options.keyring;
  if (key === null) throw new Error(MISSING_KEY_MESSAGE);

  return {
    async put(storageKey, bytes) {
      assertStorageKey(storageKey);
      await transport.write(storageKey, encryptDocument(key, bytes, storageKey));
    },

    async get(storageKey) {
      assertStorageKey(storageKey);
      const blob = await transport.read(storageKey);
      if (blob === null) throw new DocumentNotFoundError(`No image is stored under ${storageKey}`);
      return decryptDocument(key, blob, storageKey);
    },

    async delete(storageKey) {
      assertStorageKey(storageKey);
      await transport.remove(storageKey);
    },

    async deleteSession(sessionId) {
      assertSessionId(sessionId);
      await transport.removeSession(sessionId);
    },
  };
}
