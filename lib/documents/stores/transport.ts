/**
 * Where encrypted images are kept: a transport moves opaque ciphertext under a storage key (`ses_…/doc_….bin`) and
 * knows nothing of keys or plaintext. The document store above it validates every key and session id before a
 * transport sees them, and encrypts before and decrypts after.
 */
export interface BlobTransport {
  /** Writes or replaces the blob; a reader sees the old one or the whole new one, never half of it. */
  write(storageKey: string, blob: Buffer): Promise<void>;
  /** The blob, or null when nothing is stored under the key. */
  read(storageKey: string): Promise<Buffer | null>;
  has(storageKey: string): Promise<boolean>;
  /** Nothing to remove is not an error. */
  remove(storageKey: string): Promise<void>;
  /** Removes every blob whose key starts with `<sessionId>/`; nothing to remove is not an error. */
  removeSession(sessionId: string): Promise<void>;
}
