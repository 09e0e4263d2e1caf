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

  // Logos: what is current now; one replaced or removed meanwhile was deleted from the store it was in, so its copy goes too.
  const copyLogos = async <Row extends { id: string }>(
    page: (after: string | undefined) => Promise<Row[]>,
    current: (ids: string[]) => Promise<Row[]>,
    keyOf: (row: Row) => string | null,
  ) => {
    for await (const rows of inBatches(batchSize, page)) {
      const keys = rows.map(keyOf).filter((key): key is string => key !== null);
      const handled = await handle(keys);
      const stillCurrent = new Set((await current(rows.map((row) => row.id))).map(keyOf));
      await removeAgain(handled, keys.filter((key) => !stillCurrent.has(key)));
      afterBatch();
    }
  };
  const withLogoAfter = (id: string | undefined) => ({ brandLogoId: { not: null }, ...(id ? { id: { gt: id } } : {}) });
  await copyLogos(
    (id) => db.account.findMany({ where: withLogoAfter(id), orderBy: { id: 'asc' }, take: batchSize, select: { id: true, brandLogoId: true } }),
    (ids) => db.account.findMany({ where: { id: { in: ids } }, select: { id: true, brandLogoId: true } }),
    (account) => (account.brandLogoId ? logoStorageKeyFor(account.id, account.brandLogoId) : null),
  );
  await copyLogos(
    (id) => db.link.findMany({ where: withLogoAfter(id), orderBy: { id: 'asc' }, take: batchSize, select: { id: true, accountId: true, brandLogoId: true } }),
    (ids) => db.link.findMany({ where: { id: { in: ids } }, select: { id: true, accountId: true, brandLogoId: true } }),
    (link) => (link.brandLogoId ? logoStorageKeyFor(link.accountId, link.brandLogoId) : null),
  );
}
