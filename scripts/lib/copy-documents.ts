/**
 * Copies every stored image from one transport to another: the documents' rows and the engine's face crops in
 * PostgreSQL say which storage keys exist, read in batches in id order. Ciphertext is copied byte for byte (it is
 * bound to its storage key, not to a place), so no encryption key is needed. Idempotent and resumable: what the
 * target already holds is skipped, so a run cut short is finished by running it again.
 */
import type { Database } from '../../lib/db';
import type { BlobTransport } from '../../lib/documents/stores/transport';
import { inBatches } from './in-batches';

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

  const copyBatch = async (keys: string[]) => {
    for (const key of keys) {
      tally.seen += 1;
      if (await to.has(key)) {
        tally.present += 1;
        continue;
      }
      const blob = await from.read(key);
      if (blob === null) {
        tally.missing += 1;
        continue;
      }
      await to.write(key, blob);
      tally.copied += 1;
    }
  };

  for await (const rows of inBatches(batchSize, (after) =>
    db.document.findMany({
      where: { deletedAt: null, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, storageKey: true },
    }),
  )) {
    await copyBatch(rows.map((row) => row.storageKey));
    await forgetPurged(db, to, rows.map((row) => row.id));
    progress(tally);
  }

  for await (const readings of inBatches(batchSize, (after) =>
    db.documentReading.findMany({
      where: { session: { dataDeletedAt: null }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, selfieCropKey: true, documentCropKey: true },
    }),
  )) {
    await copyBatch(readings.flatMap((reading) => [reading.selfieCropKey, reading.documentCropKey].filter((key): key is string => key !== null)));
    progress(tally);
  }
  return tally;
}

/**
 * A session purged while its images were being copied must not keep a copy in the target: its rows are marked
 * deleted by then, so the copies of those rows are removed again.
 */
async function forgetPurged(db: Database, to: BlobTransport, ids: string[]): Promise<void> {
  const purged = await db.document.findMany({ where: { id: { in: ids }, deletedAt: { not: null } }, select: { storageKey: true } });
  for (const { storageKey } of purged) await to.remove(storageKey);
}
