/**
 * Chaos: the Temporal server is stopped while sessions are at every step — created, started, with their photos,
 * just submitted — and started again on the same history. Calls made during the outage fail with a 503 and change
 * nothing; afterwards every session goes on to its review and is APPROVED, with each lifecycle event written once,
 * delivered once to the webhook endpoint, and one reservation and one charge. The stack runs on a Temporal server
 * and a database of this file's own (the shared worker's event sweeper would otherwise dispatch its events too).
 */
import { Webhook } from 'standardwebhooks';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { documentBackJpeg, documentFrontJpeg, selfieJpeg } from '../support/images';
import { eventually } from '../support/links';
import { createPrivateDatabase, startPrivateTemporal, type RestartableService } from '../support/private-services';
import { startReceiver, type Receiver } from '../support/receivers';
import { createSessionByApi, eventTypesOf, hostedFlow, ledgerOf, type CreatedSession } from '../support/sessions';
import { workerProcesses } from '../support/worker';

const TASK_QUEUE = 'chaos-temporal-restarted';
/** A reviewed session's events: the checks hand it to a person (auto_finished, REVIEWING), who approves it. */
const LIFECYCLE = ['session.created', 'session.started', 'session.submitted', 'session.auto_finished', 'session.manual_finished'];
let temporal: RestartableService & { address: string };
let database: { databaseUrl: string; drop(): Promise<void> };
let api: TestApi;
let account: TestAccount;
let receiver: Receiver;
let workers: ReturnType<typeof workerProcesses>;

beforeAll(async () => {
  temporal = await startPrivateTemporal();
  database = await createPrivateDatabase(process.env.TEST_DATABASE_URL!);
  const stack = { TEMPORAL_ADDRESS: temporal.address, DATABASE_URL: database.databaseUrl };
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: TASK_QUEUE, ...stack });
  account = await createTestAccount(api.db, 100);
  receiver = await startReceiver();
  workers = workerProcesses(TASK_QUEUE, { env: stack });
}, 180_000);
afterAll(async () => {
  await workers?.killAll();
  await api?.close();
  await receiver?.close();
  await temporal?.remove();
  await database?.drop();
});

type Flow = ReturnType<typeof hostedFlow>;
type OpenSession = CreatedSession & { flow: Flow; variant: number };

/** Each session has photos of its own: the same photos in two sessions raise a fraud tag, and a review SUSPECTED. */
async function openSession(variant: number): Promise<OpenSession> {
  const session = await createSessionByApi(api, account);
  return { ...session, flow: hostedFlow(api, session.token), variant };
}

async function uploadAll(session: OpenSession): Promise<void> {
  const photos = [['FRONT', await documentFrontJpeg(session.variant)], ['BACK', await documentBackJpeg(session.variant)], ['FACE', await selfieJpeg(session.variant)]] as const;
  for (const [kind, image] of photos) expect((await session.flow.upload(kind, image)).status).toBe(201);
}

const rowOf = (session: OpenSession) => api.db.session.findUniqueOrThrow({ where: { id: session.id } });

/** The person or integrator presses again after a 503: the worker may still be reconnecting to the restarted server. */
const untilAnswered = (request: () => Promise<{ status: number; json: any }>) => eventually(request, (response) => response.status !== 503, 120_000);

test('sessions at every step survive a Temporal restart: all APPROVED, every event written and delivered once', async () => {
  const endpoint = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: receiver.url } });
  expect(endpoint.status).toBe(201);
  workers.start();

  // One session per step the outage can interrupt.
  const [created, started, uploaded, submitted] = [await openSession(910), await openSession(920), await openSession(930), await openSession(940)];
  const sessions = [created, started, uploaded, submitted];
  for (const session of [started, uploaded, submitted]) expect((await session.flow.start()).status).toBe(200);
  for (const session of [uploaded, submitted]) await uploadAll(session);
  expect((await submitted.flow.submit('ID_CARD')).status).toBe(202);

  await temporal.stop();
  // What the database answers still works; what needs a workflow is refused as a 503 and changes nothing.
  expect((await call(api.baseUrl, 'GET', `/api/v1/sessions/${started.id}`, { auth: account.auth })).status).toBe(200);
  const duringOutage = [await created.flow.start(), await started.flow.upload('FRONT', await documentFrontJpeg(started.variant)), await uploaded.flow.submit('ID_CARD')];
  for (const response of duringOutage) expect({ status: response.status, code: response.json.error.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  expect((await rowOf(created)).startedAt).toBeNull();
  expect(await api.db.document.count({ where: { sessionId: started.id } })).toBe(0);
  expect(await eventTypesOf(api, uploaded.id)).toEqual(['session.created', 'session.started']);
  await temporal.start();

  expect((await untilAnswered(created.flow.start)).status).toBe(200);
  for (const session of [created, started]) await uploadAll(session);
  for (const session of [created, started, uploaded]) expect((await untilAnswered(() => session.flow.submit('ID_CARD'))).status).toBe(202);
  for (const session of sessions) {
    await eventually(() => rowOf(session), (row) => row.status === 'REVIEWING', 90_000);
    const review = () => call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/review`, { auth: account.auth, body: { decision: 'APPROVED' } });
    expect((await untilAnswered(review)).status).toBe(200);
  }

  for (const session of sessions) {
    const row = await eventually(() => rowOf(session), (found) => found.final, 60_000);
    expect(row.status).toBe('APPROVED');
    expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
    expect(await eventTypesOf(api, session.id)).toEqual(LIFECYCLE);
  }
  const events = await api.db.event.findMany({ where: { accountId: account.accountId }, select: { id: true } });
  expect(events).toHaveLength(LIFECYCLE.length * sessions.length);
  await eventually(() => api.db.delivery.count({ where: { status: 'DELIVERED' } }), (count) => count === events.length, 90_000);
  expect(await api.db.delivery.count()).toBe(events.length);
  const received = receiver.requests.map((request) => request.headers['webhook-id']!);
  expect(new Set(received)).toEqual(new Set(events.map((event) => event.id)));
  expect(received).toHaveLength(events.length);
  for (const request of receiver.requests) new Webhook(endpoint.json.secret as string).verify(request.body, request.headers);
}, 400_000);
