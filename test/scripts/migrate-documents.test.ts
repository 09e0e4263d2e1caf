/**
 * `npm run documents:migrate -- --from local --to s3` (the compiled script, as an operator runs it) on sessions in
 * every state, against a real S3-speaking server (moto on 127.0.0.1): every live image lands in the bucket byte for
 * byte, purged and replaced ones do not, a second run copies only what is missing. Then the deployment switches to
 * `s3`, and deleting a session's data removes its images from the bucket.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createDocumentStore } from '../../lib/documents/store';
import { documentStoreFor } from '../../lib/documents/store-from-config';
import { createLocalTransport } from '../../lib/documents/stores/local';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { call, createTestAccount, startTestApi, testEnv, type TestAccount, type TestApi } from '../support/harness';
import { documentFrontJpeg } from '../support/images';
import { eventually } from '../support/links';
import { startS3Server, type TestS3Server } from '../support/s3-server';
import { createSessionByApi, hostedFlow } from '../support/sessions';
import { startTestWorker } from '../support/worker';

jest.setTimeout(180_000);

const run = promisify(execFile);
const TASK_QUEUE = `migrate-documents-${randomBytes(4).toString('hex')}`;
let s3: TestS3Server;
let localDir: string;
let api: TestApi;
let worker: { stop(): Promise<void> };
let account: TestAccount;
/** Each upload a photo of its own: the same photo in two sessions of an account would be flagged as a duplicate. */
let photos = 0;
const nextPhoto = () => documentFrontJpeg((photos += 1));

beforeAll(async () => {
  s3 = await startS3Server();
  localDir = await mkdtemp(path.join(tmpdir(), 'mlv-migrate-'));
  const onLocal = { TEMPORAL_TASK_QUEUE: TASK_QUEUE, DOCUMENT_STORE: 'local', DOCUMENT_STORE_DIR: localDir };
  worker = await startTestWorker(onLocal);
  api = await startTestApi(onLocal);
  account = await createTestAccount(api.db, 100);
});
afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await s3?.stop();
  await rm(localDir, { recursive: true, force: true });
});

const migrate = (args = ['--from', 'local', '--to', 's3', '--batch-size', '2']) =>
  run(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'scripts', 'migrate-documents.js'), ...args], {
    env: { ...process.env, ...testEnv({ DOCUMENT_STORE_DIR: localDir, ...s3.env }) },
  });

async function objectsOf(sessionId: string): Promise<string[]> {
  const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.settings.bucket, Prefix: `${sessionId}/` }));
  return (listed.Contents ?? []).map((object) => object.Key!).sort();
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: key }));
  return Buffer.from(await object.Body!.transformToByteArray());
}

/** A passport session walked as far as `until` says, on whichever API is current. */
async function sessionUntil(until: 'uploaded' | 'replaced' | 'reviewing' | 'approved' | 'deleted') {
  const session = await createSessionByApi(api, account, { flow: 'DOCUMENT', documents: ['PASSPORT'] });
  const flow = hostedFlow(api, session.token);
  expect((await flow.start()).status).toBe(200);
  expect((await flow.upload('FRONT', await nextPhoto(), 'page.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
  if (until === 'replaced') expect((await flow.upload('FRONT', await nextPhoto(), 'page.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
  if (until === 'uploaded' || until === 'replaced') return session.id;
  expect((await flow.submit('PASSPORT')).status).toBe(202);
  await statusOf(session.id, 'REVIEWING');
  if (until === 'reviewing') return session.id;
  expect((await call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/review`, { auth: account.auth, body: { decision: 'APPROVED' } })).status).toBe(200);
  await statusOf(session.id, 'APPROVED');
  if (until === 'deleted') await deleteData(session.id);
  return session.id;
}

async function deleteData(sessionId: string): Promise<void> {
  expect((await call(api.baseUrl, 'DELETE', `/api/v1/sessions/${sessionId}/data`, { auth: account.auth })).status).toBe(202);
  await statusOf(sessionId, 'DELETED');
}

const statusOf = (sessionId: string, status: string) =>
  eventually(
    () => api.db.session.findUniqueOrThrow({ where: { id: sessionId } }),
    (row) => row.status === status,
    60_000,
  );

const liveKeys = async (sessionId: string) =>
  (await api.db.document.findMany({ where: { sessionId, deletedAt: null }, orderBy: { storageKey: 'asc' } })).map((document) => document.storageKey);

test('local → s3 copies every live image once, resumes where it stopped, and the s3 deployment then purges from the bucket', async () => {
  const sessions = {
    uploaded: await sessionUntil('uploaded'),
    replaced: await sessionUntil('replaced'),
    reviewing: await sessionUntil('reviewing'),
    approved: await sessionUntil('approved'),
    deleted: await sessionUntil('deleted'),
  };
  const live = Object.fromEntries(await Promise.all(Object.entries(sessions).map(async ([state, id]) => [state, await liveKeys(id)] as const)));
  expect(Object.values(live).map((keys) => keys.length)).toEqual([1, 1, 1, 1, 0]);
  expect(await api.db.document.count({ where: { sessionId: sessions.replaced, deletedAt: { not: null } } })).toBe(1);

  const first = await migrate();

  // Images of other test files' sessions (in the shared database, not in this directory) count as missing, never copied.
  expect(first.stdout).toMatch(/^\d+ images seen: \d+ copied, \d+ already in s3, \d+ missing from local$/m);
  expect(first.stdout).toMatch(/^Done: 4 copied from local to s3, 0 already there, \d+ missing from local\.$/m);
  for (const [state, id] of Object.entries(sessions)) {
    expect([state, await objectsOf(id)]).toEqual([state, live[state]]);
  }
  for (const key of Object.values(live).flat()) expect((await objectBytes(key)).equals(await readFile(path.join(localDir, key)))).toBe(true);

  // Cut short (one object lost): the next run copies just that one.
  await s3.client.send(new DeleteObjectCommand({ Bucket: s3.settings.bucket, Key: live.reviewing![0]! }));
  const second = await migrate();
  expect(second.stdout).toMatch(/^Done: 1 copied from local to s3, 3 already there, \d+ missing from local\.$/m);
  expect(await objectsOf(sessions.reviewing)).toEqual(live.reviewing);

  // The switch: the worker and the API now run on s3, with nothing of the old directory.
  await worker.stop();
  await api.close();
  const onS3 = { TEMPORAL_TASK_QUEUE: TASK_QUEUE, DOCUMENT_STORE_DIR: await mkdtemp(path.join(tmpdir(), 'mlv-after-')), ...s3.env };
  worker = await startTestWorker(onS3);
  api = await startTestApi(onS3);

  // What the s3 deployment reads decrypts to the images the local one stored.
  const fromS3 = documentStoreFor(api.config.documents.store, { db: api.db, keyring: api.config.keyring });
  const fromLocal = createDocumentStore({ transport: createLocalTransport(localDir), keyring: api.config.keyring });
  for (const key of Object.values(live).flat()) expect((await fromS3.get(key)).equals(await fromLocal.get(key))).toBe(true);

  await deleteData(sessions.approved);
  expect(await objectsOf(sessions.approved)).toEqual([]);
  expect(await objectsOf(sessions.uploaded)).toEqual(live.uploaded);
  await rm(onS3.DOCUMENT_STORE_DIR, { recursive: true, force: true });
});

test.each([
  [['--from', 'local', '--to', 'local'], '--from and --to are both local: nothing to move'],
  [['--from', 'disk', '--to', 's3'], '--from must be one of local, database, s3'],
  [['--from', 'local'], '--to must be one of local, database, s3'],
  [['--from', 'local', '--to', 's3', '--batch-size', '0'], '--batch-size must be an integer from 1 to 10000'],
])('refuses %j, saying why and how to call it', async (args, reason) => {
  await expect(migrate(args)).rejects.toMatchObject({
    code: 1,
    stderr: `${reason}\nusage: npm run documents:migrate -- --from <local|database|s3> --to <local|database|s3> [--batch-size 200]\n`,
  });
});
