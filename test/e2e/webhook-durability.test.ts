/**
 * Webhook durability: the receiver is down while 50 events are produced, the worker is killed (SIGKILL) in the
 * middle of the retries and started again, then the receiver comes back. Every event arrives; a repeat is only ever
 * a retry of the same webhook-id. The production worker (compiled, prebuilt bundle) runs on its own task queue.
 */
import { Webhook } from 'standardwebhooks';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { workerProcesses } from '../support/worker';
import { startReceiver, type Receiver } from '../support/receivers';
import { freePort } from '../support/ports';

const TASK_QUEUE = 'webhook-durability-test';
let api: TestApi;
let account: TestAccount;
const workers = workerProcesses(TASK_QUEUE);

beforeAll(async () => {
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: TASK_QUEUE });
  account = await createTestAccount(api.db, 10);
});
afterAll(async () => {
  await workers.killAll();
  await api.close();
});

test('receiver down, worker killed mid-delivery: all 50 events delivered, repeats only of the same webhook-id', async () => {
  const port = await freePort();
  const created = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: `http://127.0.0.1:${port}/hook` } });
  expect(created.status).toBe(201);
  const endpoint = created.json as { id: string; secret: string };
  workers.start();

  const eventIds: string[] = [];
  for (let i = 0; i < 50; i += 1) {
    const sent = await call(api.baseUrl, 'POST', `/api/v1/webhook-endpoints/${endpoint.id}/test`, { auth: account.auth });
    expect(sent.status).toBe(202);
    eventIds.push(sent.json.eventId as string);
  }
  // Refused connections are being logged as failed attempts.
  await eventually(() => api.db.deliveryAttempt.count({ where: { delivery: { endpointId: endpoint.id } } }), (count) => count >= 50, 30_000);

  await workers.killAll();
  let receiver: Receiver | undefined;
  try {
    receiver = await startReceiver(port);
    workers.start();
    await eventually(() => api.db.delivery.count({ where: { endpointId: endpoint.id, status: 'DELIVERED' } }), (count) => count === 50, 60_000);

    const received = receiver.requests.map((request) => request.headers['webhook-id']!);
    expect(new Set(received)).toEqual(new Set(eventIds));
    for (const request of receiver.requests) new Webhook(endpoint.secret).verify(request.body, request.headers);
    const failedAttempts = await api.db.deliveryAttempt.count({ where: { delivery: { endpointId: endpoint.id }, httpStatus: null } });
    expect(failedAttempts).toBeGreaterThanOrEqual(50);
  } finally {
    await receiver?.close();
  }
}, 120_000);
