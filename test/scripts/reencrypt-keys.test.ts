/**
 * A key rotation end to end: data written under key 1 (images and face crops in the store, a sealed reading, a
 * webhook endpoint's current and previous secret, an operator's TOTP secret, session links, the account's logo) stays readable once the
 * deployment runs on key 2 with key 1 as a previous key; `npm run keys:reencrypt` (the compiled script, as an operator runs it) then moves all
 * of it under key 2, so the deployment runs with key 2 alone (and HASHING_KEY = key 1), and a second run changes
 * nothing. Key 1 is the test suite's key, so every other test file's data in the shared database is rotated too —
 * and rotated back afterwards by the same command.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { requireKeyring } from '../../lib/config';
import { keyIdOfBlob } from '../../lib/documents/crypto';
import { openReading, sealReading, type SealedReading } from '../../lib/documents/reading-seal';
import { logoStorageKeyFor, storageKeyFor } from '../../lib/documents/store';
import { documentStoreFor } from '../../lib/documents/store-from-config';
import { newId } from '../../lib/ids';
import { keyIdOf } from '../../lib/keyring';
import { sessionTokenFor } from '../../lib/session-tokens';
import { openSecret } from '../../lib/webhooks/endpoint-secrets';
import { openTotpSecret, sealTotpSecret } from '../../lib/two-factor/sealed-secret';
import { newTotpSecret } from '../../lib/two-factor/totp';
import { verifyStandard } from '../../lib/webhooks/signing';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { call, createTestAccount, startTestApi, testEnv, type TestAccount, type TestApi } from '../support/harness';
import { documentFrontJpeg } from '../support/images';
import { startReceiver, type Receiver } from '../support/receivers';
import { createLink, eventually } from '../support/links';
import { createSessionByApi, hostedFlow } from '../support/sessions';
import { startTestWorker } from '../support/worker';

jest.setTimeout(180_000);

const run = promisify(execFile);
const TASK_QUEUE = `reencrypt-keys-${randomBytes(4).toString('hex')}`;
const KEY_1 = process.env.TEST_DATA_ENCRYPTION_KEY!;
const KEY_2 = randomBytes(32).toString('base64');
const KEY_2_ID = keyIdOf(Buffer.from(KEY_2, 'base64'));
const ON_KEY_1 = { DATA_ENCRYPTION_KEY: KEY_1 };
const ROTATING = { DATA_ENCRYPTION_KEY: KEY_2, DATA_ENCRYPTION_PREVIOUS_KEYS: KEY_1, HASHING_KEY: KEY_1 };
const ON_KEY_2 = { DATA_ENCRYPTION_KEY: KEY_2, HASHING_KEY: KEY_1 };
const READING: SealedReading = { fields: null, lines: ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<'], invalidFields: [], corrected: false, visualZone: [] };

let localDir: string;
let receiver: Receiver;
let api: TestApi;
let worker: { stop(): Promise<void> };
let account: TestAccount;
let photos = 0;
const nextPhoto = () => documentFrontJpeg((photos += 1));

/** The worker and the API on the given keys, both on this file's own document folder and task queue. */
async function deploy(keys: Record<string, string>): Promise<void> {
  await worker?.stop();
  await api?.close();
  const env = { TEMPORAL_TASK_QUEUE: TASK_QUEUE, DOCUMENT_STORE: 'local', DOCUMENT_STORE_DIR: localDir, ...keys };
  worker = await startTestWorker(env);
  api = await startTestApi(env);
}

const reencrypt = (keys: Record<string, string>) =>
  run(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'scripts', 'reencrypt-keys.js'), '--batch-size', '2'], {
    env: { ...process.env, ...testEnv({ DOCUMENT_STORE: 'local', DOCUMENT_STORE_DIR: localDir, ...keys }) },
  });

beforeAll(async () => {
  localDir = await mkdtemp(path.join(tmpdir(), 'mlv-reencrypt-'));
  receiver = await startReceiver();
  await deploy(ON_KEY_1);
  account = await createTestAccount(api.db, 100);
});
afterAll(async () => {
  // Everything of the shared database back under the suite's key, for the test files after this one.
  await reencrypt({ DATA_ENCRYPTION_KEY: KEY_1, DATA_ENCRYPTION_PREVIOUS_KEYS: KEY_2, HASHING_KEY: KEY_1 });
  await worker?.stop();
  await api?.close();
  await receiver?.close();
  await rm(localDir, { recursive: true, force: true });
});

const statusOf = (sessionId: string, status: string) =>
  eventually(
    () => api.db.session.findUniqueOrThrow({ where: { id: sessionId } }),
    (row) => row.status === status,
    60_000,
  );

interface Written {
  sessionIds: string[];
  tokens: string[];
  imageKeys: string[];
  images: Map<string, Buffer>;
  readingId: string;
  endpointId: string;
  secrets: { current: string; previous: string };
  /** An operator with two-factor sign-in, and their TOTP secret. */
  totp: { userId: string; secret: string };
}

/**
 * Two sessions with images (one submitted), a reading with face crops, a webhook endpoint whose secret was rotated once
 * and an operator's TOTP secret.
 */
async function writeUnderKey1(): Promise<Written> {
  const sessionIds: string[] = [];
  const tokens: string[] = [];
  for (const submit of [false, true]) {
    const session = await createSessionByApi(api, account, { flow: 'DOCUMENT', documents: ['PASSPORT'] });
    const flow = hostedFlow(api, session.token);
    expect((await flow.start()).status).toBe(200);
    expect((await flow.upload('FRONT', await nextPhoto(), 'page.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
    if (submit) {
      expect((await flow.submit('PASSPORT')).status).toBe(202);
      await statusOf(session.id, 'REVIEWING');
    }
    sessionIds.push(session.id);
    tokens.push(session.token);
  }

  // What the engine's read-submission activity writes: face crops in the store and the sealed reading.
  const store = documentStoreFor(api.config.documents.store, { db: api.db, keyring: api.config.keyring });
  const [selfieCropKey, documentCropKey] = [storageKeyFor(sessionIds[1]!, newId('document')), storageKeyFor(sessionIds[1]!, newId('document'))];
  await store.put(selfieCropKey, await nextPhoto());
  await store.put(documentCropKey, await nextPhoto());
  const reading = await api.db.documentReading.create({
    data: {
      id: newId('documentReading'),
      sessionId: sessionIds[1]!,
      attempt: 1,
      mrzFound: true,
      mrzValid: true,
      sealed: sealReading(requireKeyring(api.config), sessionIds[1]!, 1, READING),
      selfieCropKey,
      documentCropKey,
      millis: 1,
    },
  });

  const created = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: receiver.url } });
  expect(created.status).toBe(201);
  const rotated = await call(api.baseUrl, 'POST', `/api/v1/webhook-endpoints/${created.json.id}/rotate-secret`, { auth: account.auth });
  expect(rotated.status).toBe(200);

  // The account's logo (branding), stored like the images.
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(await nextPhoto())], { type: 'image/jpeg' }), 'logo.jpg');
  const logo = await fetch(`${api.baseUrl}/api/v1/account/branding/logo`, { method: 'PUT', headers: { authorization: account.auth }, body: form });
  expect(logo.status).toBe(200);
  const { brandLogoId } = await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } });
  // A link's own logo, in the same folder.
  const link = await createLink(api, account, { usage: { type: 'SINGLE' }, flow: 'SELFIE', language: 'en' });
  const linkForm = new FormData();
  linkForm.set('file', new Blob([new Uint8Array(await nextPhoto())], { type: 'image/jpeg' }), 'logo.jpg');
  const linkLogo = await fetch(`${api.baseUrl}/api/v1/links/${link.id}/branding/logo`, { method: 'PUT', headers: { authorization: account.auth }, body: linkForm });
  expect(linkLogo.status).toBe(200);
  const linkLogoId = (await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).brandLogoId!;

  const documents = await api.db.document.findMany({ where: { sessionId: { in: sessionIds }, deletedAt: null } });
  const imageKeys = [...documents.map((document) => document.storageKey), selfieCropKey, documentCropKey, logoStorageKeyFor(account.accountId, brandLogoId!),
    logoStorageKeyFor(account.accountId, linkLogoId),
  ];
  const images = new Map(await Promise.all(imageKeys.map(async (key) => [key, await store.get(key)] as const)));
  const userId = newId('dashboardUser');
  await api.db.dashboardUser.create({ data: { id: userId, accountId: account.accountId, email: `${userId}@example.com`, passwordHash: 'scrypt$unused$unused' } });
  const totpSecret = newTotpSecret();
  await api.db.twoFactorCredential.create({ data: { userId, secretCiphertext: sealTotpSecret(requireKeyring(api.config), userId, totpSecret), enabledAt: new Date() } });
  return {
    sessionIds,
    tokens,
    imageKeys,
    images,
    readingId: reading.id,
    endpointId: created.json.id,
    secrets: { current: rotated.json.secret, previous: created.json.secret },
    totp: { userId, secret: totpSecret },
  };
}

/** Everything written under key 1 reads back on the deployment as it is configured now. */
async function expectReadable(written: Written): Promise<void> {
  const keyring = requireKeyring(api.config);
  const store = documentStoreFor(api.config.documents.store, { db: api.db, keyring });
  for (const key of written.imageKeys) expect((await store.get(key)).equals(written.images.get(key)!)).toBe(true);

  const reading = await api.db.documentReading.findUniqueOrThrow({ where: { id: written.readingId } });
  expect(openReading(keyring, reading.sessionId, reading.attempt, reading.sealed!)).toEqual(READING);

  const endpoint = await api.db.webhookEndpoint.findUniqueOrThrow({ where: { id: written.endpointId } });
  expect(openSecret(keyring, endpoint.id, endpoint.secretCiphertext)).toBe(written.secrets.current);
  expect(openSecret(keyring, endpoint.id, endpoint.previousSecretCiphertext!)).toBe(written.secrets.previous);
  const credential = await api.db.twoFactorCredential.findUniqueOrThrow({ where: { userId: written.totp.userId } });
  expect(openTotpSecret(keyring, written.totp.userId, credential.secretCiphertext)).toBe(written.totp.secret);
  // A delivery is signed with both (the rotation's overlap), as the receiver verifies it.
  const before = receiver.requests.length;
  expect((await call(api.baseUrl, 'POST', `/api/v1/webhook-endpoints/${endpoint.id}/test`, { auth: account.auth })).status).toBe(202);
  const delivered = await eventually(
    () => Promise.resolve(receiver.requests.slice(before)),
    (requests) => requests.length > 0,
    60_000,
  );
  for (const secret of [written.secrets.current, written.secrets.previous]) expect(verifyStandard({ secret, headers: delivered[0]!.headers, body: delivered[0]!.body })).toBe(true);

  // The links sent before the rotation open, and reminders and the dashboard still hand out the same ones (HASHING_KEY).
  for (const [index, token] of written.tokens.entries()) {
    expect((await call(api.baseUrl, 'GET', `/v/${token}`)).status).toBe(200);
    expect(sessionTokenFor(keyring, written.sessionIds[index]!)).toBe(token);
  }
}

async function keyIdsOf(written: Written): Promise<(string | null)[]> {
  const reading = await api.db.documentReading.findUniqueOrThrow({ where: { id: written.readingId } });
  const endpoint = await api.db.webhookEndpoint.findUniqueOrThrow({ where: { id: written.endpointId } });
  const credential = await api.db.twoFactorCredential.findUniqueOrThrow({ where: { userId: written.totp.userId } });
  const blobs = [
    ...(await Promise.all(written.imageKeys.map((key) => readFile(path.join(localDir, key))))),
    Buffer.from(reading.sealed!),
    Buffer.from(endpoint.secretCiphertext, 'base64'),
    Buffer.from(endpoint.previousSecretCiphertext!, 'base64'),
    Buffer.from(credential.secretCiphertext, 'base64'),
  ];
  return [...new Set(blobs.map((blob) => keyIdOfBlob(blob)))];
}

test('data written under key 1 is read during the rotation, re-encrypted under key 2 once, and readable with key 2 alone', async () => {
  const written = await writeUnderKey1();
  expect(await keyIdsOf(written)).toEqual([keyIdOf(Buffer.from(KEY_1, 'base64'))]);

  await deploy(ROTATING);
  await expectReadable(written);
  // What is written now is under key 2.
  const flow = hostedFlow(api, written.tokens[0]!);
  expect((await flow.upload('FRONT', await nextPhoto(), 'page.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
  const replacement = await api.db.document.findFirstOrThrow({ where: { sessionId: written.sessionIds[0], deletedAt: null } });
  expect(keyIdOfBlob(await readFile(path.join(localDir, replacement.storageKey)))).toBe(KEY_2_ID);
  written.imageKeys = written.imageKeys.filter((key) => !key.startsWith(`${written.sessionIds[0]}/`)).concat(replacement.storageKey);
  written.images.set(replacement.storageKey, await documentStoreFor(api.config.documents.store, { db: api.db, keyring: api.config.keyring }).get(replacement.storageKey));

  const first = await reencrypt(ROTATING);
  expect(first.stdout).toMatch(/^images: \d+ seen, \d+ re-encrypted, \d+ already under key [0-9a-f]{8}, \d+ missing from the store$/m);
  // This file's images: 5 under key 1 (the first session's replaced image is gone; the two logos), 1 already under key 2.
  expect(first.stdout).toMatch(new RegExp(`^images: \\d+ seen, 5 re-encrypted, 1 already under key ${KEY_2_ID}, \\d+ missing from the store$`, 'm'));
  expect(first.stdout).toMatch(/^sealed readings: \d+ seen, [1-9]\d* re-encrypted, 0 already under key/m);
  expect(first.stdout).toMatch(/^webhook endpoints: \d+ seen, [1-9]\d* re-encrypted, 0 already under key/m);
  expect(first.stdout).toMatch(/^two-factor secrets: \d+ seen, [1-9]\d* re-encrypted, 0 already under key/m);
  expect(first.stdout).toMatch(new RegExp(`^Done: [1-9]\\d* re-encrypted under key ${KEY_2_ID}\\.$`, 'm'));
  expect(await keyIdsOf(written)).toEqual([KEY_2_ID]);

  // A second run finds nothing of this file's left to do. (Endpoints are not counted: the shared worker may create a
  // callback endpoint under the suite's key for another file's late event meanwhile.)
  const second = await reencrypt(ROTATING);
  expect(second.stdout).toMatch(/^images: \d+ seen, 0 re-encrypted, /m);
  expect(second.stdout).toMatch(/^sealed readings: \d+ seen, 0 re-encrypted, /m);
  expect(second.stdout).toMatch(/^two-factor secrets: \d+ seen, 0 re-encrypted, /m);
  expect(await keyIdsOf(written)).toEqual([KEY_2_ID]);

  await deploy(ON_KEY_2);
  expect(api.config.keyring!.keys.map((key) => key.id)).toEqual([KEY_2_ID]);
  await expectReadable(written);
});

test('refuses to start a rotation without HASHING_KEY, and to read data under a key no longer configured', async () => {
  await expect(reencrypt({ DATA_ENCRYPTION_KEY: KEY_2, DATA_ENCRYPTION_PREVIOUS_KEYS: KEY_1 })).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('DATA_ENCRYPTION_PREVIOUS_KEYS is set but HASHING_KEY is not: set HASHING_KEY to the DATA_ENCRYPTION_KEY this deployment used before its first rotation'),
  });
  // A deployment that dropped its keys for a new one names the key it lacks, and changes nothing.
  await expect(reencrypt({ DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'), HASHING_KEY: KEY_1 })).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/^Data was encrypted under key [0-9a-f]{8}, which is not configured: add that key to DATA_ENCRYPTION_PREVIOUS_KEYS/),
  });
});
