/**
 * One contract, three transports: the document store behaves the same on a local directory, on the test PostgreSQL
 * (`DocumentBlob` rows) and on a real S3-speaking server (moto on 127.0.0.1, through the real AWS SDK). Each case
 * also reads what the transport holds at rest, directly, to see ciphertext and not the image.
 */
import { createKeyring, type Keyring } from '../../lib/keyring';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { decryptDocument } from '../../lib/documents/crypto';
import { createDocumentStore, DocumentNotFoundError, storageKeyFor, type DocumentStore } from '../../lib/documents/store';
import { createDatabaseTransport } from '../../lib/documents/stores/database';
import { createLocalTransport } from '../../lib/documents/stores/local';
import { createS3Transport } from '../../lib/documents/stores/s3';
import type { BlobTransport } from '../../lib/documents/stores/transport';
import { createDatabase } from '../../lib/db';
import { newId } from '../../lib/ids';
import { documentFrontJpeg } from '../support/images';
import { startS3Server } from '../support/s3-server';

jest.setTimeout(120_000);

interface TransportUnderTest {
  transport: BlobTransport;
  /** The bytes the transport holds under a key, read around the store (null: nothing there). */
  atRest(storageKey: string): Promise<Buffer | null>;
  /** Every storage key the transport holds for a session, read around the store. */
  keysAtRest(sessionId: string): Promise<string[]>;
  close(): Promise<void>;
}

const transports: Record<string, () => Promise<TransportUnderTest>> = {
  async local() {
    const dir = await mkdtemp(path.join(tmpdir(), 'store-contract-'));
    return {
      transport: createLocalTransport(dir),
      atRest: (key) => readFile(path.join(dir, key)).catch(() => null),
      keysAtRest: async (sessionId) => (await readdir(path.join(dir, sessionId)).catch(() => [])).map((name) => `${sessionId}/${name}`).sort(),
      close: () => rm(dir, { recursive: true, force: true }),
    };
  },
  database() {
    const db = createDatabase(process.env.TEST_DATABASE_URL!, 2);
    return Promise.resolve({
      transport: createDatabaseTransport(db),
      atRest: async (storageKey) => {
        const row = await db.documentBlob.findUnique({ where: { storageKey } });
        return row ? Buffer.from(row.bytes) : null;
      },
      keysAtRest: async (sessionId) => (await db.documentBlob.findMany({ where: { sessionId }, orderBy: { storageKey: 'asc' } })).map((row) => row.storageKey),
      close: () => db.$disconnect(),
    });
  },
  async s3() {
    const server = await startS3Server();
    const Bucket = server.settings.bucket;
    return {
      transport: createS3Transport(server.settings),
      atRest: async (Key) => {
        try {
          const object = await server.client.send(new GetObjectCommand({ Bucket, Key }));
          return Buffer.from(await object.Body!.transformToByteArray());
        } catch {
          return null;
        }
      },
      keysAtRest: async (sessionId) => {
        const listed = await server.client.send(new ListObjectsV2Command({ Bucket, Prefix: `${sessionId}/` }));
        return (listed.Contents ?? []).map((object) => object.Key!).sort();
      },
      close: () => server.stop(),
    };
  },
};

let photo: Buffer;
beforeAll(async () => {
  photo = await documentFrontJpeg();
});

describe.each(Object.keys(transports))('the %s transport', (name) => {
  let underTest: TransportUnderTest;
  let store: DocumentStore;
  let keyring: Keyring;
  let session: string;
  let key: string;

  beforeAll(async () => {
    underTest = await transports[name]!();
  });
  afterAll(async () => {
    await underTest?.close();
  });
  beforeEach(() => {
    keyring = createKeyring({ current: randomBytes(32) });
    store = createDocumentStore({ transport: underTest.transport, keyring });
    session = newId('session');
    key = storageKeyFor(session, newId('document'));
  });

  it('round-trips an image', async () => {
    await store.put(key, photo);

    expect((await store.get(key)).equals(photo)).toBe(true);
  });

  it('replaces an image written again under the same key', async () => {
    await store.put(key, photo);
    await store.put(key, Buffer.from('second version'));

    expect((await store.get(key)).toString()).toBe('second version');
    expect(await underTest.keysAtRest(session)).toEqual([key]);
  });

  it('holds only ciphertext at rest, bound to its key, readable with the store key alone', async () => {
    await store.put(key, photo);

    const atRest = (await underTest.atRest(key))!;
    expect(atRest.length).toBe(photo.length + 33);
    expect(atRest.includes(photo.subarray(0, 16))).toBe(false);
    expect(atRest.includes(photo.subarray(1000, 1016))).toBe(false);
    expect(atRest.includes(Buffer.from('JFIF'))).toBe(false);
    expect(decryptDocument(keyring, atRest, key).equals(photo)).toBe(true);
    await expect(createDocumentStore({ transport: underTest.transport, keyring: createKeyring({ current: randomBytes(32) }) }).get(key)).rejects.toThrow(
      `Data was encrypted under key ${keyring.current.id}, which is not configured`,
    );
  });

  it('deletes one image and nothing else; deleting it again is not an error', async () => {
    const other = storageKeyFor(session, newId('document'));
    await store.put(key, photo);
    await store.put(other, Buffer.from('other'));

    await store.delete(key);
    await expect(store.delete(key)).resolves.toBeUndefined();

    await expect(store.get(key)).rejects.toBeInstanceOf(DocumentNotFoundError);
    expect(await underTest.keysAtRest(session)).toEqual([other]);
    expect((await store.get(other)).toString()).toBe('other');
  });

  it("deletes every image of a session and only that session's, even one whose id extends it", async () => {
    const keys = [key, storageKeyFor(session, newId('document')), storageKeyFor(session, newId('document'))];
    // Same prefix, another session: a prefix match without the `/` would take it too.
    const longerSession = `${session}0`;
    const kept = [storageKeyFor(longerSession, newId('document'))];
    const otherSession = newId('session');
    kept.push(storageKeyFor(otherSession, newId('document')));
    for (const each of [...keys, ...kept]) await store.put(each, Buffer.from(each));

    await store.deleteSession(session);

    expect(await underTest.keysAtRest(session)).toEqual([]);
    for (const each of keys) await expect(store.get(each)).rejects.toBeInstanceOf(DocumentNotFoundError);
    for (const each of kept) expect((await store.get(each)).toString()).toBe(each);
    expect(await underTest.keysAtRest(longerSession)).toEqual([kept[0]]);
    await store.deleteSession(longerSession);
    await store.deleteSession(otherSession);
  });

  it('deletes a session without images without error', async () => {
    await expect(store.deleteSession(session)).resolves.toBeUndefined();
  });

  it('answers a key with nothing stored as not found', async () => {
    await expect(store.get(key)).rejects.toThrow(new DocumentNotFoundError(`No image is stored under ${key}`));
  });

  it.each(['../escape.bin', 'ses_a/../doc_b.bin', 'ses_a/sub/doc_b.bin', 'ses_a/doc_b', 'ses_a/doc_b.bin\n', 'SES_A/doc_b.bin', ''])(
    'refuses the storage key %j before the transport sees it',
    async (badKey) => {
      const message = `Not a storage key: ${JSON.stringify(badKey)}`;

      await expect(store.put(badKey, photo)).rejects.toThrow(message);
      await expect(store.get(badKey)).rejects.toThrow(message);
      await expect(store.delete(badKey)).rejects.toThrow(message);
      expect(await underTest.keysAtRest('ses_a')).toEqual([]);
    },
  );

  it.each(['..', '', 'ses_', 'ses_a/..', 'doc_abc'])('refuses to delete the session %j', async (badSession) => {
    await expect(store.deleteSession(badSession)).rejects.toThrow(`Not a session id: ${JSON.stringify(badSession)}`);
  });
});
