/**
 * Copies every stored image from one transport to another: the documents' rows and the engine's face crops in
 * PostgreSQL say which storage keys exist (stored-images.ts). Ciphertext is copied byte for byte (it is
 * bound to its storage key, not to a place), so no encryption key is needed. Idempotent and resumable: what the
 * target already holds is skipped, so a run cut short is finished by running it again.
 */
import type { Database } from '../../lib/db';
import type { BlobTransport } from '../../lib/documents/stores/transport';
import { forEachStoredImageBatch } from './stored-images';

export interface CopyTally {
  seen: number;
  copied: number;
  /** Already in the target: copied by an earlier run, or written there since the switch. */
  present: number;
  /** Named by a row but absent from the source (e.g. an upload refused after it was stored and then cleaned up). */
  missing: number;
}

export async function copyDocuments(options: {
  db: Database;
  from: BlobTransport;
  to: BlobTransport;
  batchSize: number;
  progress: (tally: CopyTally) => void;
}): Promise<CopyTally> {
  const { db, from, to, batchSize, progress } = options;
  const tally: CopyTally = { seen: 0, copied: 0, present: 0, missing: 0 };

  /** Answers the keys the target holds afterwards: copied now or by an earlier run. */
  const copyBatch = async (keys: string[]): Promise<string[]> => {
    const inTarget: string[] = [];
    for (const key of keys) {
      tally.seen += 1;
      if (await to.has(key)) {
        tally.present += 1;
        inTarget.push(key);
        continue;
      }
      const blob = await from.read(key);
      if (blob === null) {
        tally.missing += 1;
        continue;
      }
      await to.write(key, blob);
      tally.copied += 1;
      inTarget.push(key);
    }
    return inTarget;
  };

  await forEachStoredImageBatch({ db, target: to, batchSize, handle: copyBatch, afterBatch: () => progress(tally) });
  return tally;
}
