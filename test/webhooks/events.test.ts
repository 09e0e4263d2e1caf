/**
 * The event log's guarantees: an activity retried after it wrote (and dispatched) its event writes and delivers
 * nothing twice, and every entity's events carry an increasing sequence.
 */
import { createSessionActivities } from '../../activities/sessions';
import { documentStoreFor } from '../../lib/documents/store-from-config';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { startReceiver, type Receiver } from '../support/receivers';
import { createSessionByApi } from '../support/sessions';

let api: TestApi;
let account: TestAccount;
let receiver: Receiver;

beforeAll(async () => {
  api = await startTestApi();
  account = await createTestAccount(api.db, 10);
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await api.close();
});

test('an activity run twice (a retry) logs its event once and delivers it once', async () => {
  const endpoint = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: receiver.url, events: ['session.started'] } });
  const session = await createSessionByApi(api, account);
  const activities = createSessionActivities({
    db: api.db,
    documents: documentStoreFor(api.config.documents.store, { db: api.db, keyring: api.config.keyring }),
    dispatch: api.dispatch,
  });
  const startedAt = new Date().toISOString();
  await activities.recordSessionStarted({ sessionId: session.id, startedAt });
  await activities.recordSessionStarted({ sessionId: session.id, startedAt });

  const events = await api.db.event.findMany({ where: { entityId: session.id }, orderBy: { sequence: 'asc' } });
  expect(events.map((event) => [event.type, event.sequence])).toEqual([
    ['session.created', 1],
    ['session.started', 2],
  ]);
  await eventually(() => Promise.resolve(receiver.requests.length), (count) => count === 1);
  expect(await api.db.delivery.count({ where: { endpointId: endpoint.json.id as string } })).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(receiver.requests).toHaveLength(1);
  expect(receiver.requests[0]!.headers['webhook-id']).toBe(events[1]!.id);
});
