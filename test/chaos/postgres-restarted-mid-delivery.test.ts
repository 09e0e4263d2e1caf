/**
 * Chaos: PostgreSQL is restarted in the middle of a burst of webhook deliveries — 30 events, each to two endpoints
 * (real receivers on loopback, answering slowly so that many POSTs are in flight): the API's dispatcher is making
 * their first attempts, and the worker its retries and the sweeper's hand-overs. A POST whose outcome could not be
 * recorded is sent again with the same webhook-id, which the Standard Webhooks contract allows; so each receiver must
 * see every event's id, and the database must hold one DELIVERED delivery per event and endpoint, with one
 * successful attempt. The stack runs on a PostgreSQL server of this file's own; Temporal is the shared one.
 */
import { Webhook } from 'standardwebhooks';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { startPrivatePostgres, type RestartableService } from '../support/private-services';
import { startReceiver, type Receiver } from '../support/receivers';
import { createSessionByApi } from '../support/sessions';
import { workerProcesses } from '../support/worker';

const TASK_QUEUE = 'chaos-postgres-restarted';
const EVENTS_BEFORE_RESTART = 30;
const EVENTS_AFTER_RESTART = 10;
let postgres: RestartableService & { databaseUrl: string };
let api: TestApi;
let account: TestAccount;
let workers: ReturnType<typeof workerProcesses>;
const receivers: Receiver[] = [];

beforeAll(async () => {
  postgres = await startPrivatePostgres();
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: TASK_QUEUE, DATABASE_URL: postgres.databaseUrl });
  account = await createTestAccount(api.db, 1_000);
  workers = workerProcesses(TASK_QUEUE, { env: { DATABASE_URL: postgres.databaseUrl } });
}, 180_000);
afterAll(async () => {
  await workers?.killAll();
  await api?.close();
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await postgres?.remove();
});

/** A receiver that takes a while to answer 204, so the burst is still in flight when PostgreSQL goes away. */
async function slowReceiver(): Promise<Receiver> {
  const receiver = await startReceiver();
  receiver.answer((_request, response) => setTimeout(() => response.writeHead(204).end(), 800));
  receivers.push(receiver);
  return receiver;
}

test('every event reaches both endpoints and is recorded DELIVERED exactly once across a PostgreSQL restart', async () => {
  const endpoints: { receiver: Receiver; id: string; secret: string }[] = [];
  for (const receiver of [await slowReceiver(), await slowReceiver()]) {
    const created = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: receiver.url } });
    expect(created.status).toBe(201);
    endpoints.push({ receiver, id: created.json.id as string, secret: created.json.secret as string });
  }
  // The events come at once: their first attempts queue up in the API's dispatcher (a few in flight per endpoint).
  workers.start();
  const sessionIds = (await Promise.all(Array.from({ length: EVENTS_BEFORE_RESTART }, () => createSessionByApi(api, account)))).map((session) => session.id);

  const seen = () => Promise.resolve(endpoints.reduce((sum, endpoint) => sum + endpoint.receiver.requests.length, 0));
  await eventually(seen, (count) => count >= 5, 60_000);
  await postgres.stop();
  const receivedDuringBurst = await seen();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await postgres.start();
  for (let i = 0; i < EVENTS_AFTER_RESTART; i += 1) sessionIds.push((await createSessionByApi(api, account)).id);

  const events = await api.db.event.findMany({ where: { entityId: { in: sessionIds } }, select: { id: true, type: true } });
  expect(events.map((event) => event.type)).toEqual(sessionIds.map(() => 'session.created'));
  const eventIds = new Set(events.map((event) => event.id));
  const expectedDeliveries = eventIds.size * endpoints.length;
  expect(receivedDuringBurst).toBeLessThan(EVENTS_BEFORE_RESTART * endpoints.length);

  await eventually(() => api.db.delivery.count({ where: { status: 'DELIVERED' } }), (count) => count === expectedDeliveries, 120_000);
  const deliveries = await api.db.delivery.findMany({ include: { attempts: true } });
  expect(deliveries.length).toBe(expectedDeliveries);
  for (const delivery of deliveries) {
    expect({ status: delivery.status, series: delivery.series }).toEqual({ status: 'DELIVERED', series: 1 });
    expect(delivery.attempts.filter((attempt) => attempt.httpStatus === 204)).toHaveLength(1);
  }
  for (const { receiver, id, secret } of endpoints) {
    const received = receiver.requests.map((request) => request.headers['webhook-id']!);
    expect(new Set(received)).toEqual(eventIds);
    expect(deliveries.filter((delivery) => delivery.endpointId === id).map((delivery) => delivery.eventId).sort()).toEqual([...eventIds].sort());
    for (const request of receiver.requests) new Webhook(secret).verify(request.body, request.headers);
  }
  const sent = endpoints.reduce((sum, endpoint) => sum + endpoint.receiver.requests.length, 0);
  process.stdout.write(`PostgreSQL stopped after ${receivedDuringBurst} POSTs; ${sent} POSTs for ${expectedDeliveries} deliveries (${sent - expectedDeliveries} resent with their webhook-id)\n`);
}, 240_000);
