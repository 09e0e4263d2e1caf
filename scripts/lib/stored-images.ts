/**
 * Every image the document store should hold, for the commands that rewrite a store (documents:migrate,
 * keys:reencrypt): the live documents' storage keys, then the engine's face crops of sessions whose data is kept,
 * then the accounts' and the links' current logos (branding), each in id-ordered batches. A session purged while its batch was being handled must not keep an image in `target`,
 * so what `handle` says is there is removed again for rows that were purged meanwhile.
 */
import type { Database } from '../../lib/db';
import type { BlobTransport } from '../../lib/documents/stores/transport';
import { logoStorageKeyFor } from '../../lib/documents/store';
import { inBatches } from './in-batches';

export async function forEachStoredImageBatch(options: {
  db: Database;
  target: BlobTransport;
  batchSize: number;
  /** Handles one batch of storage keys; answers the keys it wrote to (or found in) `target`. */
  handle: (keys: string[]) => Promise<string[]>;
  afterBatch: () => void;
}): Promise<void> {
  const { db, target, batchSize, handle, afterBatch } = options;
  const removeAgain = async (handled: string[], purged: (string | null)[]) => {
    for (const key of purged) if (key !== null && handled.includes(key)) await target.remove(key);
  };

  for await (const rows of inBatches(batchSize, (after) =>
    db.document.findMany({
      where: { deletedAt: null, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, storageKey: true },
    }),
  )) {
    const handled = await handle(rows.map((row) => row.storageKey));
    const purged = await db.document.findMany({ where: { id: { in: rows.map((row) => row.id) }, deletedAt: { not: null } }, select: { storageKey: true } });
    await removeAgain(handled, purged.map((row) => row.storageKey));
    afterBatch();
  }

  for await (const readings of inBatches(batchSize, (after) =>
    db.documentReading.findMany({
      where: { session: { dataDeletedAt: null }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, selfieCropKey: true, documentCropKey: true },
    }),
  )) {
    const handled = await handle(readings.flatMap((reading) => [reading.selfieCropKey, reading.documentCropKey].filter((key): key is string => key !== null)));
    const purged = await db.documentReading.findMany({
      where: { id: { in: readings.map((reading) => reading.id) }, session: { dataDeletedAt: { not: null } } },
      select: { selfieCropKey: true, documentCropKey: true },
    });
    await removeAgain(handled, purged.flatMap((reading) => [reading.selfieCropKey, reading.documentCropKey]));
    afterBatch();
  }

  for await (const accounts of inBatches(batchSize, (after) =>
    db.account.findMany({
      where: { brandLogoId: { not: null }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, brandLogoId: true },
    }),
  )) {
    const keyOf = (account: { id: string; brandLogoId: string | null }) => (account.brandLogoId ? logoStorageKeyFor(account.id, account.brandLogoId) : null);
    const keys = accounts.map(keyOf).filter((key): key is string => key !== null);
    const handled = await handle(keys);
    // A logo replaced or removed meanwhile was deleted from the store it was in; its copy goes too.
    const current = await db.account.findMany({ where: { id: { in: accounts.map((account) => account.id) } }, select: { id: true, brandLogoId: true } });
    const stillCurrent = new Set(current.map(keyOf));
    await removeAgain(handled, keys.filter((key) => !stillCurrent.has(key)));
    afterBatch();
  }

  for await (const links of inBatches(batchSize, (after) =>
    db.link.findMany({
      where: { brandLogoId: { not: null }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, accountId: true, brandLogoId: true },
    }),
  )) {
    const keyOf = (link: { accountId: string; brandLogoId: string | null }) => (link.brandLogoId ? logoStorageKeyFor(link.accountId, link.brandLogoId) : null);
    const keys = links.map(keyOf).filter((key): key is string => key !== null);
    const handled = await handle(keys);
    const current = await db.link.findMany({ where: { id: { in: links.map((link) => link.id) } }, select: { accountId: true, brandLogoId: true } });
    const stillCurrent = new Set(current.map(keyOf));
    await removeAgain(handled, keys.filter((key) => !stillCurrent.has(key)));
    afterBatch();
  }
}
