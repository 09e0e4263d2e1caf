/**
 * The `database` transport: each blob is a row of `DocumentBlob` in PostgreSQL, so every machine with DATABASE_URL
 * reaches the images without another service. Suits modest volumes: the bytes share the database's disk and backups.
 */
import type { Database } from '../../db';
import type { BlobTransport } from './transport';

export function createDatabaseTransport(db: Database): BlobTransport {
  return {
    async write(storageKey, blob) {
      const sessionId = storageKey.slice(0, storageKey.indexOf('/'));
      // Prisma's Bytes field takes a Uint8Array over a plain ArrayBuffer (a Buffer may sit on a shared pool).
      const bytes = new Uint8Array(blob);
      await db.documentBlob.upsert({ where: { storageKey }, create: { storageKey, sessionId, bytes }, update: { bytes } });
    },

    async read(storageKey) {
      const row = await db.documentBlob.findUnique({ where: { storageKey }, select: { bytes: true } });
      return row ? Buffer.from(row.bytes) : null;
    },

    async has(storageKey) {
      return (await db.documentBlob.count({ where: { storageKey } })) > 0;
    },

    async remove(storageKey) {
      await db.documentBlob.deleteMany({ where: { storageKey } });
    },

    async removeSession(sessionId) {
      await db.documentBlob.deleteMany({ where: { sessionId } });
    },
  };
}
