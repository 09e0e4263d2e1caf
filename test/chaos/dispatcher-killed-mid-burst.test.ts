/**
 * Chaos: the process making first attempts is killed (SIGKILL) in the middle of a burst of events. The compiled API
 * (a child process) accepts 40 test events for two slow receivers and is making their first attempts when it dies:
 * some were sent and recorded, some sent and not recorded, some never made. The sweeper (in the worker, a child
 * process too) hands every lost first attempt to a delivery workflow. Every event arrives at its endpoint, always
 * under its own webhook-id; the database holds one DELIVERED delivery per event with exactly one 2xx attempt.
 */
import { Webhook } from 'standardwebhooks';
import { startCompiledApi, type CompiledApi } from '../support/compiled-api';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { startReceiver, type Receiver } from '../support/receivers';
import { workerProcesses } from '../support/worker';

const TASK_QUEUE = 'chaos-dispatcher-killed';
const EVENTS_PER_ENDPOINT = 20;
let api: TestApi;
let dying: CompiledApi | undefined;
let account: TestAccount;
const workers = workerProcesses(TASK_QUEUE);
const receivers: Receiver[] = [];

beforeAll(async () => {
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: TASK_QUEUE });
  account = await createTestAccount(api.db, 10);
});
afterAll(async () => {
  dying?.child.kill('SIGKILL');
  await workers.killAll();
  await api.close();
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

/** Answers 204 after a while (within the 2 s timeout), so first attempts are in flight when the API dies. */
async function slowReceiver(): Promise<Receiver> {
  const receiver = await startReceiver();
  receiver.answer((_request, response) => setTimeout(() => response.writeHead(204).end(), 600));
  receivers.push(receiver);
  return receiver;
}

test('the API killed mid-burst of first attempts: every event delivered, each only ever under its own webhook-id', async () => {
  const endpoints: { receiver: Receiver; id: string; secret: string }[] = [];
  for (const receiver of [await slowReceiver(), await slowReceiver()]) {
    const created = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: receiver.url } });
    expect(created.status).toBe(201);
    endpoints.push({ receiver, id: created.json.id as string, secret: created.json.secret as string });
  }
  workers.start();
  dying = await startCompiledApi({ TEMPORAL_TASK_QUEUE: TASK_QUEUE });
  const baseUrl = dying.baseUrl;
  const sent = await Promise.all(
    endpoints.flatMap((endpoint) =>
      Array.from({ length: EVENTS_PER_ENDPOINT }, () => call(baseUrl, 'POST', `/api/v1/webhook-endpoints/${endpoint.id}/test`, { auth: account.auth })),
    ),
  );
  expect(sent.map((response) => response.status)).toEqual(sent.map(() => 202));
  const seen = () => Promise.resolve(endpoints.reduce((sum, endpoint) => sum + endpoint.receiver.requests.length, 0));
  await eventually(seen, (count) => count >= 4, 60_000);
  const exited = new Promise((resolve) => dying!.child.once('exit', resolve));
  dying.child.kill('SIGKILL');
  await exited;
  dying = undefined;
  const receivedBeforeKill = await seen();
  expect(receivedBeforeKill).toBeLessThan(2 * EVENTS_PER_ENDPOINT);

  const eventIds = sent.map((response) => response.json.eventId as string);
  await eventually(() => api.db.delivery.count({ where: { eventId: { in: eventIds }, status: 'DELIVERED' } }), (count) => count === eventIds.length, 120_000);
  const deliveries = await api.db.delivery.findMany({ where: { eventId: { in: eventIds } }, include: { attempts: true } });
  expect(deliveries).toHaveLength(eventIds.length);
  for (const delivery of deliveries) {
    expect({ status: delivery.status, series: delivery.series, firstAttemptPending: delivery.firstAttemptPending }).toEqual({ status: 'DELIVERED', series: 1, firstAttemptPending: false });
    expect(delivery.attempts.filter((attempt) => attempt.httpStatus === 204)).toHaveLength(1);
  }
  for (const { receiver, id, secret } of endpoints) {
    const expected = deliveries.filter((delivery) => delivery.endpointId === id).map((delivery) => delivery.eventId);
    expect(expected).toHaveLength(EVENTS_PER_ENDPOINT);
    // A repeat is only ever the same event under the same webhook-id (its body's id, under a valid signature).
    for (const request of receiver.requests) {
      const payload = new Webhook(secret).verify(request.body, request.headers) as { id: string };
      expect(payload.id).toBe(request.headers['webhook-id']);
    }
    expect(new Set(receiver.requests.map((request) => request.headers['webhook-id']))).toEqual(new Set(expected));
  }
  const total = await seen();
  process.stdout.write(`API killed after ${receivedBeforeKill} POSTs; ${total} POSTs for ${eventIds.length} deliveries (${total - eventIds.length} repeated with their webhook-id)\n`);
}, 240_000);
