/**
 * The `local` transport's own guarantees on a real temporary folder (file modes, atomic writes, keys that cannot
 * leave the folder), and the AES-256-GCM blob format. What every transport must do is in test/documents/.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { decryptDocument, encryptDocument, keyIdOfBlob } from '../../../lib/documents/crypto';
import { createDocumentStore, DocumentNotFoundError, storageKeyFor, type DocumentStore } from '../../../lib/documents/store';
import { createLocalTransport } from '../../../lib/documents/stores/local';
import { createKeyring, type Keyring } from '../../../lib/keyring';
import { documentFrontJpeg } from '../../support/images';

const SESSION = 'ses_0mhd1k2p3a1b2c3d4e5f6a7b8c9d0';
const OTHER_SESSION = 'ses_0mhd1k2p3ffffeeeeddddccccbbbb';
const DOCUMENT = 'doc_0mhd1k2p3a1b2c3d4e5f6a7b8c9d0';
const OTHER_DOCUMENT = 'doc_0mhd1k2p30000111122223333444';
const KEY = storageKeyFor(SESSION, DOCUMENT);
const AUTHENTICATION_FAILURE = 'Encrypted document failed authentication: wrong key, wrong storage key or altered data';

let dir: string;
let keyring: Keyring;
let store: DocumentStore;
let photo: Buffer;

beforeAll(async () => {
  photo = await documentFrontJpeg();
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'document-store-'));
  keyring = createKeyring({ current: randomBytes(32) });
  store = createDocumentStore({ transport: createLocalTransport(dir), keyring });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createDocumentStore', () => {
  it('refuses to start without a key, naming the variable and how to make one', () => {
    expect(() => createDocumentStore({ transport: createLocalTransport(dir), keyring: null })).toThrow(
      new Error('DATA_ENCRYPTION_KEY is not set: images and webhook secrets are encrypted at rest with it (32 bytes in base64, e.g. `openssl rand -base64 32`)'),
    );
  });

  it('resolves a relative folder against the working directory', async () => {
    const relativeStore = createDocumentStore({ transport: createLocalTransport(relative(process.cwd(), dir)), keyring });

    await relativeStore.put(KEY, photo);

    expect((await stat(join(dir, SESSION, `${DOCUMENT}.bin`))).isFile()).toBe(true);
    expect(await store.get(KEY)).toEqual(photo);
  });
});

describe('DocumentStore', () => {
  it('round-trips an image', async () => {
    await store.put(KEY, photo);

    expect(await store.get(KEY)).toEqual(photo);
  });

  it('replaces an image written again under the same key', async () => {
    await store.put(KEY, photo);
    await store.put(KEY, Buffer.from('second version'));

    expect((await store.get(KEY)).toString()).toBe('second version');
  });

  it('writes only ciphertext, owner-only, with no temporary file left behind', async () => {
    await store.put(KEY, photo);

    const path = join(dir, SESSION, `${DOCUMENT}.bin`);
    const onDisk = await readFile(path);
    expect(onDisk.length).toBe(photo.length + 33);
    expect(onDisk[0]).toBe(2);
    expect(onDisk.includes(photo.subarray(0, 16))).toBe(false);
    expect(onDisk.includes(photo.subarray(1000, 1016))).toBe(false);
    expect(onDisk.includes(Buffer.from('JFIF'))).toBe(false);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, SESSION))).mode & 0o777).toBe(0o700);
    expect(await readdir(join(dir, SESSION))).toEqual([`${DOCUMENT}.bin`]);
  });

  it.each([0, 1, 4, 5, 17, 18, 33, 5000])('refuses to decrypt after byte %i is altered', async (offset) => {
    await store.put(KEY, photo);
    const path = join(dir, SESSION, `${DOCUMENT}.bin`);
    const blob = await readFile(path);
    blob[offset]! ^= 0x01;
    await writeFile(path, blob);

    const expected = offset === 0 ? 'Encrypted document has unknown format version 3' : offset <= 4 ? 'which is not configured' : AUTHENTICATION_FAILURE;
    await expect(store.get(KEY)).rejects.toThrow(expected);
  });

  it('refuses to decrypt with another key', async () => {
    await store.put(KEY, photo);
    const otherStore = createDocumentStore({ transport: createLocalTransport(dir), keyring: createKeyring({ current: randomBytes(32) }) });

    await expect(otherStore.get(KEY)).rejects.toThrow(`Data was encrypted under key ${keyring.current.id}, which is not configured`);
  });

  it('refuses to decrypt a file moved to another storage key', async () => {
    await store.put(KEY, photo);
    const movedKey = storageKeyFor(SESSION, OTHER_DOCUMENT);
    await rename(join(dir, KEY), join(dir, movedKey));

    await expect(store.get(movedKey)).rejects.toThrow(AUTHENTICATION_FAILURE);
  });

  it('rejects a missing file as not found', async () => {
    await expect(store.get(KEY)).rejects.toThrow(new DocumentNotFoundError(`No image is stored under ${KEY}`));
  });

  it.each([
    '../escape.bin',
    `${SESSION}/../${DOCUMENT}.bin`,
    `../${SESSION}/${DOCUMENT}.bin`,
    `/etc/${SESSION}/${DOCUMENT}.bin`,
    `${SESSION}/sub/${DOCUMENT}.bin`,
    `${SESSION}//${DOCUMENT}.bin`,
    `${SESSION}\\${DOCUMENT}.bin`,
    `${SESSION}/${DOCUMENT}`,
    `${SESSION}/${DOCUMENT}.bin/..`,
    `${SESSION}/${DOCUMENT}.bin\0`,
    `${SESSION}/${DOCUMENT}.bin\n`,
    `${SESSION.toUpperCase()}/${DOCUMENT}.bin`,
    `${DOCUMENT}/${SESSION}.bin`,
    `${SESSION}/doc_.bin`,
    '',
  ])('refuses the storage key %j', async (storageKey) => {
    const message = `Not a storage key: ${JSON.stringify(storageKey)}`;

    await expect(store.put(storageKey, photo)).rejects.toThrow(message);
    await expect(store.get(storageKey)).rejects.toThrow(message);
    await expect(store.delete(storageKey)).rejects.toThrow(message);
    expect(await readdir(dir)).toEqual([]);
  });

  it('deletes one image and nothing else; deleting it again is not an error', async () => {
    await store.put(KEY, photo);
    await store.put(storageKeyFor(SESSION, OTHER_DOCUMENT), photo);

    await store.delete(KEY);
    await expect(store.delete(KEY)).resolves.toBeUndefined();

    await expect(store.get(KEY)).rejects.toBeInstanceOf(DocumentNotFoundError);
    expect(await store.get(storageKeyFor(SESSION, OTHER_DOCUMENT))).toEqual(photo);
  });

  it.each(['..', '.', '', `${SESSION}/..`, `../${SESSION}`, 'ses_', 'doc_abc'])('refuses to delete the session %j', async (sessionId) => {
    await expect(store.deleteSession(sessionId)).rejects.toThrow(`Not a session id: ${JSON.stringify(sessionId)}`);
  });

  it('deletes every file of a session and nothing else', async () => {
    await store.put(KEY, photo);
    await store.put(storageKeyFor(SESSION, OTHER_DOCUMENT), photo);
    await store.put(storageKeyFor(OTHER_SESSION, DOCUMENT), photo);

    await store.deleteSession(SESSION);

    expect(await readdir(dir)).toEqual([OTHER_SESSION]);
    expect(await store.get(storageKeyFor(OTHER_SESSION, DOCUMENT))).toEqual(photo);
  });

  it('deletes a session without files without error', async () => {
    await expect(store.deleteSession(SESSION)).resolves.toBeUndefined();
  });
});

describe('storageKeyFor', () => {
  it('places a document in its session folder', () => {
    expect(storageKeyFor(SESSION, DOCUMENT)).toBe(`${SESSION}/${DOCUMENT}.bin`);
  });

  it('refuses ids that are not session and document ids', () => {
    expect(() => storageKeyFor('../etc', DOCUMENT)).toThrow('Not a session id: "../etc"');
    expect(() => storageKeyFor(SESSION, 'doc_a/../../x')).toThrow('Not a document id: "doc_a/../../x"');
  });
});

describe('encryptDocument / decryptDocument', () => {
  const key = createKeyring({ current: randomBytes(32) });
  const plaintext = Buffer.from('passport scan');

  it('writes version 2, the key id, a fresh IV, the tag and the ciphertext', () => {
    const first = encryptDocument(key, plaintext, KEY);
    const second = encryptDocument(key, plaintext, KEY);

    expect(first.length).toBe(1 + 4 + 12 + 16 + plaintext.length);
    expect([first[0], second[0]]).toEqual([2, 2]);
    expect([keyIdOfBlob(first), keyIdOfBlob(second)]).toEqual([key.current.id, key.current.id]);
    expect(first.subarray(5, 17).equals(second.subarray(5, 17))).toBe(false);
    expect(decryptDocument(key, first, KEY)).toEqual(plaintext);
    expect(decryptDocument(key, second, KEY)).toEqual(plaintext);
  });

  it('binds the ciphertext to its associated data', () => {
    const blob = encryptDocument(key, plaintext, KEY);

    expect(() => decryptDocument(key, blob, storageKeyFor(SESSION, OTHER_DOCUMENT))).toThrow(AUTHENTICATION_FAILURE);
  });

  it('refuses blobs too short to hold a header', () => {
    expect(() => decryptDocument(key, Buffer.alloc(28, 1), KEY)).toThrow('Encrypted document is too short to be valid');
    expect(() => decryptDocument(key, Buffer.concat([Buffer.from([2]), Buffer.from(key.current.id, 'hex'), Buffer.alloc(27)]), KEY)).toThrow(
      'Encrypted document is too short to be valid',
    );
  });

  it('decrypts with the key the blob names after a rotation, and names a key that is not configured', () => {
    const first = createKeyring({ current: randomBytes(32) });
    const blob = encryptDocument(first, plaintext, KEY);
    const rotated = createKeyring({ current: randomBytes(32), previous: [first.current.key] });

    expect(decryptDocument(rotated, blob, KEY)).toEqual(plaintext);
    expect(keyIdOfBlob(encryptDocument(rotated, plaintext, KEY))).toBe(rotated.current.id);
    expect(() => decryptDocument(createKeyring({ current: rotated.current.key }), blob, KEY)).toThrow(
      `Data was encrypted under key ${first.current.id}, which is not configured: add that key to DATA_ENCRYPTION_PREVIOUS_KEYS (configured: ${rotated.current.id})`,
    );
  });

  it('still reads version 1 blobs (no key id) with whichever configured key fits', () => {
    const old = randomBytes(32);
    const legacy = legacyBlob(old, plaintext, KEY);

    expect(keyIdOfBlob(legacy)).toBeNull();
    expect(decryptDocument(createKeyring({ current: old }), legacy, KEY)).toEqual(plaintext);
    expect(decryptDocument(createKeyring({ current: randomBytes(32), previous: [randomBytes(32), old] }), legacy, KEY)).toEqual(plaintext);
    expect(() => decryptDocument(createKeyring({ current: randomBytes(32) }), legacy, KEY)).toThrow(AUTHENTICATION_FAILURE);
    expect(() => decryptDocument(createKeyring({ current: old }), legacy, storageKeyFor(SESSION, OTHER_DOCUMENT))).toThrow(AUTHENTICATION_FAILURE);
  });
});

/** The format written before key rotation existed: version 1 | IV | tag | ciphertext. */
function legacyBlob(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([1]), iv, cipher.getAuthTag(), ciphertext]);
}
