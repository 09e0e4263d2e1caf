/**
 * A purge the object store refuses is retried until it succeeds, never dropped: the API and a worker run on the s3
 * store through a pass-through proxy in front of a real S3-speaking server (moto), and the proxy answers 503 to
 * every deletion while the test says so — as an object store in an outage would.
 */
import { randomBytes } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { workflowIds } from '../../workflows/definitions';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { documentFrontJpeg } from '../support/images';
import { eventually } from '../support/links';
import { startS3Server, type TestS3Server } from '../support/s3-server';
import { createSessionByApi, hostedFlow } from '../support/sessions';
import { startTestWorker } from '../support/worker';

jest.setTimeout(120_000);

let s3: TestS3Server;
let proxy: Server;
let refuseDeletions = false;
let refused = 0;
let api: TestApi;
let worker: { stop(): Promise<void> };
let account: TestAccount;

/** Forwards every request to moto, except deletions (DELETE, or POST ?delete) while refused: those get a 503. */
function startProxy(target: URL): Promise<string> {
  proxy = createServer((incoming, outgoing) => {
    const isDeletion = incoming.method === 'DELETE' || (incoming.method === 'POST' && /[?&]delete(=|&|$)/.test(incoming.url ?? ''));
    if (refuseDeletions && isDeletion) {
      refused += 1;
      incoming.resume();
      outgoing.writeHead(503, { 'content-type': 'application/xml' }).end('<Error><Code>ServiceUnavailable</Code><Message>outage</Message></Error>');
      return;
    }
    const forwarded = request({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    incoming.pipe(forwarded);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  s3 = await startS3Server();
  const endpoint = await startProxy(new URL(s3.env.S3_ENDPOINT!));
  const env = { ...s3.env, S3_ENDPOINT: endpoint, TEMPORAL_TASK_QUEUE: `purge-retry-${randomBytes(4).toString('hex')}` };
  worker = await startTestWorker(env);
  api = await startTestApi(env);
  account = await createTestAccount(api.db, 10);
});
afterAll(async () => {
  await worker?.stop();
  await api?.close();
  await new Promise((resolve) => proxy?.close(resolve));
  await s3?.stop();
});

const objectsOf = async (sessionId: string) =>
  ((await s3.client.send(new ListObjectsV2Command({ Bucket: s3.settings.bucket, Prefix: `${sessionId}/` }))).Contents ?? []).length;

test('DELETE …/data during an object-store outage: the purge retries until the store is back, then removes every image', async () => {
  const session = await createSessionByApi(api, account, { flow: 'DOCUMENT', documents: ['PASSPORT'] });
  const flow = hostedFlow(api, session.token);
  expect((await flow.start()).status).toBe(200);
  expect((await flow.upload('FRONT', await documentFrontJpeg(), 'page.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
  expect((await flow.submit('PASSPORT')).status).toBe(202);
  const statusIs = (status: string) => eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === status, 60_000);
  await statusIs('REVIEWING');
  expect((await call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/review`, { auth: account.auth, body: { decision: 'APPROVED' } })).status).toBe(200);
  await statusIs('APPROVED');
  expect(await objectsOf(session.id)).toBe(1);

  refuseDeletions = true;
  expect((await call(api.baseUrl, 'DELETE', `/api/v1/sessions/${session.id}/data`, { auth: account.auth })).status).toBe(202);
  const handle = api.temporal.workflow.getHandle(workflowIds.verificationSession(session.id));
  const purge = await eventually(
    async () => (await handle.describe()).raw.pendingActivities?.find((activity) => activity.activityType?.name === 'purgeSessionData'),
    (pending) => (pending?.attempt ?? 0) >= 3,
    60_000,
  );
  expect(purge!.lastFailure?.message).toMatch(/ServiceUnavailable|outage|503/);
  expect(refused).toBeGreaterThanOrEqual(2);
  expect((await api.db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe('APPROVED');
  expect(await objectsOf(session.id)).toBe(1);

  refuseDeletions = false;
  await statusIs('DELETED');
  expect(await objectsOf(session.id)).toBe(0);
  expect(await api.db.document.count({ where: { sessionId: session.id, deletedAt: null } })).toBe(0);
});
