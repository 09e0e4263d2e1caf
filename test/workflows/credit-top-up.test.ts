/** A workflow round trip: API process client → Temporal server → real worker → activity → PostgreSQL → API. */
import { SEARCH_ATTRIBUTES, workflowIds } from '../../workflows/definitions';
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

test('a top-up runs as a workflow on the real worker and lands in the ledger', async () => {
  const response = await call(api.baseUrl, 'POST', '/api/v1/account/credits', {
    auth: account.auth,
    body: { amount: 25, reason: 'invoice 42' },
    headers: { 'Idempotency-Key': 'topup-1' },
  });
  expect(response.status).toBe(200);
  expect(response.json.credits).toEqual({ balance: 125, reserved: 0, available: 125 });
  expect(response.json.ledgerEntry).toMatchObject({ type: 'TOPUP', amount: 25, reason: 'invoice 42', sessionId: null });

  const accountView = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth });
  expect(accountView.json.credits).toEqual({ balance: 125, reserved: 0, available: 125 });

  const ledger = await call(api.baseUrl, 'GET', '/api/v1/account/ledger', { auth: account.auth });
  expect(ledger.json.data.map((entry: { amount: number; type: string }) => [entry.type, entry.amount])).toEqual([
    ['TOPUP', 25],
    ['TOPUP', 100],
  ]);

  // The workflow really ran on the server, is visible by account in the Temporal UI, and completed.
  const requestKeyWorkflows = api.temporal.workflow.list({ query: `AccountId = "${account.accountId}"` });
  const found: { workflowId: string; status: string; type: string }[] = [];
  for await (const execution of requestKeyWorkflows) {
    found.push({ workflowId: execution.workflowId, status: execution.status.name, type: execution.type });
  }
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ status: 'COMPLETED', type: 'creditTopUpWorkflow' });
  expect(found[0]?.workflowId.startsWith(workflowIds.creditTopUp(account.accountId, ''))).toBe(true);
  const description = await api.temporal.workflow.getHandle(found[0]!.workflowId).describe();
  expect(description.typedSearchAttributes.get(SEARCH_ATTRIBUTES.AccountId)).toBe(account.accountId);
});

test('concurrent top-ups with distinct keys all land exactly once', async () => {
  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      call(api.baseUrl, 'POST', '/api/v1/account/credits', {
        auth: account.auth,
        body: { amount: i + 1 },
        headers: { 'Idempotency-Key': `parallel-${i}` },
      }),
    ),
  );
  expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
  const accountView = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth });
  expect(accountView.json.credits.balance).toBe(100 + 55);
  expect(await api.db.creditLedgerEntry.count({ where: { accountId: account.accountId } })).toBe(11);
});

test('a standard (non-admin) key may read the account but not top it up', async () => {
  const created = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'reader' } });
  expect(created.status).toBe(201);
  const readerAuth = `Basic ${Buffer.from(`${created.json.id}:${created.json.secret}`).toString('base64')}`;
  expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: readerAuth })).status).toBe(200);
  const denied = await call(api.baseUrl, 'POST', '/api/v1/account/credits', { auth: readerAuth, body: { amount: 5 } });
  expect(denied.status).toBe(403);
  expect(denied.json.error.code).toBe('FORBIDDEN');
});

describe('the balance is an int column: no top-up takes it past 2,147,483,647', () => {
  const MAX = 2_147_483_647;

  test('a top-up past the limit → 422 naming amount, before any workflow starts; up to the limit is fine', async () => {
    const nearlyFull = await createTestAccount(api.db, MAX - 1_000);
    const refused = await call(api.baseUrl, 'POST', '/api/v1/account/credits', { auth: nearlyFull.auth, body: { amount: 1_001 } });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toEqual({
      code: 'VALIDATION_ERROR',
      message: `The balance cannot exceed ${MAX} credits`,
      details: [{ field: 'amount', message: "must be at most 1000 for this account's balance" }],
    });
    const started = [];
    for await (const execution of api.temporal.workflow.list({ query: `AccountId = "${nearlyFull.accountId}"` })) started.push(execution.workflowId);
    expect(started).toEqual([]);

    const filled = await call(api.baseUrl, 'POST', '/api/v1/account/credits', { auth: nearlyFull.auth, body: { amount: 1_000 } });
    expect(filled.status).toBe(200);
    expect(filled.json.credits.balance).toBe(MAX);
    expect((await call(api.baseUrl, 'POST', '/api/v1/account/credits', { auth: nearlyFull.auth, body: { amount: 1 } })).status).toBe(422);
  });

  test.each([2 ** 31, 2 ** 53, 1e308])('an amount of %d → 422 naming amount', async (amount) => {
    const response = await call(api.baseUrl, 'POST', '/api/v1/account/credits', { auth: account.auth, body: { amount } });
    expect(response.status).toBe(422);
    expect(new Set(response.json.error.details.map((detail: { field: string }) => detail.field))).toEqual(new Set(['amount']));
  });

  test('concurrent top-ups at the edge: the one that no longer fits is refused for good (422), the balance never overflows', async () => {
    const nearlyFull = await createTestAccount(api.db, MAX - 100);
    const responses = await Promise.all(
      [1, 2].map((n) => call(api.baseUrl, 'POST', '/api/v1/account/credits', { auth: nearlyFull.auth, body: { amount: 60 }, headers: { 'Idempotency-Key': `edge-${n}` } })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 422]);
    const row = await api.db.account.findUniqueOrThrow({ where: { id: nearlyFull.accountId } });
    expect(row.creditBalance).toBe(MAX - 40);
    expect(await api.db.creditLedgerEntry.count({ where: { accountId: nearlyFull.accountId, type: 'TOPUP' } })).toBe(2); // the starting credits and one
  });
});
