/** Idempotency-Key on creating POSTs (API.md conventions): replay, conflict, concurrency, expiry. */
import { IDEMPOTENCY_WINDOW_MS } from '../../api/middleware/idempotency';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 100);
});

const topUp = (body: unknown, key?: string) =>
  call(api.baseUrl, 'POST', '/api/v1/account/credits', { auth: account.auth, body, headers: key ? { 'Idempotency-Key': key } : {} });

const balance = async () => (await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth })).json.credits.balance;

test('same key + same body → the original response, applied once', async () => {
  const first = await topUp({ amount: 10, reason: 'a' }, 'same-1');
  const second = await topUp({ reason: 'a', amount: 10 }, 'same-1');
  expect(first.status).toBe(200);
  expect(second.status).toBe(200);
  expect(second.json).toEqual(first.json);
  expect(second.headers.get('idempotent-replayed')).toBe('true');
  expect(await balance()).toBe(110);
});

test('same key + different body → 409 IDEMPOTENCY_KEY_REUSED, nothing applied', async () => {
  expect((await topUp({ amount: 10 }, 'reused-1')).status).toBe(200);
  const reused = await topUp({ amount: 11 }, 'reused-1');
  expect(reused.status).toBe(409);
  expect(reused.json.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(await balance()).toBe(110);
});

test('without a key each request is applied', async () => {
  await topUp({ amount: 1 });
  await topUp({ amount: 1 });
  expect(await balance()).toBe(102);
});

test('a burst of identical requests under one key adds the credits exactly once', async () => {
  const responses = await Promise.all(Array.from({ length: 8 }, () => topUp({ amount: 7 }, 'burst-1')));
  for (const response of responses) {
    expect([200, 409]).toContain(response.status);
    if (response.status === 409) expect(response.json.error.code).toBe('IDEMPOTENCY_KEY_IN_USE');
  }
  expect(responses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
  const retried = await topUp({ amount: 7 }, 'burst-1');
  expect(retried.status).toBe(200);
  expect(await balance()).toBe(107);
});

test('validation failures are remembered too: the same key cannot later be used for another body', async () => {
  const invalid = await topUp({ amount: 0 }, 'invalid-1');
  expect(invalid.status).toBe(422);
  expect((await topUp({ amount: 0 }, 'invalid-1')).json).toEqual(invalid.json);
  expect((await topUp({ amount: 3 }, 'invalid-1')).status).toBe(409);
});

test('keys are scoped to the account, and expire after 24 h', async () => {
  const other = await createTestAccount(api.db, 0);
  expect((await topUp({ amount: 5 }, 'shared-key')).status).toBe(200);
  const otherResponse = await call(api.baseUrl, 'POST', '/api/v1/account/credits', {
    auth: other.auth,
    body: { amount: 9 },
    headers: { 'Idempotency-Key': 'shared-key' },
  });
  expect(otherResponse.status).toBe(200);
  expect(otherResponse.json.credits.balance).toBe(9);

  await api.db.idempotencyKey.updateMany({
    where: { accountId: account.accountId, key: 'shared-key' },
    data: { expiresAt: new Date(Date.now() - 1), createdAt: new Date(Date.now() - IDEMPOTENCY_WINDOW_MS - 1) },
  });
  const afterExpiry = await topUp({ amount: 6 }, 'shared-key');
  expect(afterExpiry.status).toBe(200);
  expect(await balance()).toBe(111);
});

test('an invalid Idempotency-Key header → 422 naming the header', async () => {
  const response = await topUp({ amount: 1 }, 'x'.repeat(300));
  expect(response.status).toBe(422);
  expect(response.json.error.details[0].field).toBe('Idempotency-Key');
});
