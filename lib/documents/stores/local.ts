/**
 * The `local` transport: one folder per session under a directory (`ses_…/doc_….bin`). Every process that reads an
 * image must see the same directory, so it suits one machine (or a shared volume).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { BlobTransport } from './transport';

export function createLocalTransport(dir: string): BlobTransport {
  const root = resolve(dir);
  const pathOf = (storageKey: string) => join(root, storageKey);

  return {
    async write(storageKey, blob) {
      const path = pathOf(storageKey);
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const temporary = `${path}.${randomBytes(8).toString('hex')}.tmp`;
      try {
        const file = await open(temporary, 'wx', 0o600);
        try {
          await file.writeFile(blob);
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

    async read(storageKey) {
      try {
        return await readFile(pathOf(storageKey));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },

    async has(storageKey) {
      return stat(pathOf(storageKey)).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
    },

    async remove(storageKey) {
      await rm(pathOf(storageKey), { force: true });
    },

    async removeSession(sessionId) {
      await rm(join(root, sessionId), { recursive: true, force: true });
    },
  };
}
