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
