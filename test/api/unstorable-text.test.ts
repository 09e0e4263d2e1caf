/**
 * The probe that answered 500/503 with a NUL byte or an unpaired surrogate (PostgreSQL refuses both), as a test:
 * in JSON fields, object keys, query parameters, path segments, form fields and the Basic credentials, every such
 * input is refused before it reaches the database — `422` naming the field (iDenfy's API: its `400 BAD_VALUE`).
 */
import { signedInOperator, type Operator } from '../support/dashboard';
import { basicAuth, call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { createLink } from '../support/links';
import { createSessionByApi } from '../support/sessions';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

let api: TestApi;
let account: TestAccount;
let operator: Operator;

beforeAll(async () => {
  api = await startTestApi();
  account = await createTestAccount(api.db);
  operator = await signedInOperator(api, account.accountId);
});
afterAll(async () => {
  await api.close();
});

const refusal = (field: string) => ({ status: 422, code: 'VALIDATION_ERROR', fields: [field] });
const answerOf = (response: { status: number; json: any }) => ({
  status: response.status,
  code: response.json?.error?.code,
  fields: (response.json?.error?.details ?? []).map((detail: { field: string }) => detail.field),
});

describe.each([
  ['a NUL byte', NUL],
  ['an unpaired surrogate', LONE_SURROGATE],
])('%s', (_what, bad) => {
  test.each<[string, string, string, () => Record<string, unknown>, string]>([
    ['POST', '/api/v1/sessions', 'clientId', () => ({ clientId: bad }), 'clientId'],
    ['POST', '/api/v1/sessions', 'firstName', () => ({ clientId: 'c', firstName: bad }), 'firstName'],
    ['POST', '/api/v1/sessions', 'successUrl', () => ({ clientId: 'c', successUrl: `https://example.com/${bad}` }), 'successUrl'],
    ['POST', '/api/v1/links', 'name', () => ({ name: bad, flow: 'SELFIE', usage: { type: 'SINGLE' } }), 'name'],
    ['POST', '/api/v1/links', 'successUrl', () => ({ name: 'n', flow: 'SELFIE', usage: { type: 'SINGLE' }, successUrl: `https://example.com/${bad}` }), 'successUrl'],
    ['POST', '/api/v1/account/credits', 'reason', () => ({ amount: 5, reason: bad }), 'reason'],
    ['POST', '/api/v1/api-keys', 'name', () => ({ name: bad }), 'name'],
    ['POST', '/api/v1/webhook-endpoints', 'description', () => ({ url: 'https://example.com/hook', description: bad }), 'description'],
    ['PUT', '/api/v1/message-templates', 'body', () => ({ channel: 'sms', kind: 'INVITATION', language: 'en', body: `{{session_url}} ${bad}` }), 'body'],
    ['POST', '/api/v1/api-keys', 'an object key', () => ({ [bad]: 'x' }), bad],
  ])('%s %s: %s → 422 naming it', async (method, path, _field, body, field) => {
    expect(answerOf(await call(api.baseUrl, method, path, { auth: account.auth, body: body() }))).toEqual(refusal(field));
  });

  test('PATCH /api/v1/links/{id}: name → 422 naming it', async () => {
    const link = await createLink(api, account, { usage: { type: 'SINGLE' } });
    expect(answerOf(await call(api.baseUrl, 'PATCH', `/api/v1/links/${link.id}`, { auth: account.auth, body: { name: bad } }))).toEqual(refusal('name'));
  });

  test('the hosted flow: documentType → 422 naming it', async () => {
    const session = await createSessionByApi(api, account);
    // Started first: a session not started is refused (409) before its body is judged.
    expect((await call(api.baseUrl, 'POST', `/v/${session.token}/start`)).status).toBe(200);
    expect(answerOf(await call(api.baseUrl, 'POST', `/v/${session.token}/submit`, { body: { documentType: bad } }))).toEqual(refusal('documentType'));
  });

  test.each([
    ['/api/v2/token', { clientId: bad }, 'clientId'],
    ['/api/v2/status', { scanRef: bad }, 'scanRef'],
  ])('iDenfy-compatible %s → 400 BAD_VALUE naming the field', async (path, body, field) => {
    const response = await call(api.baseUrl, 'POST', path, { auth: account.auth, body });
    expect(response.status).toBe(400);
    expect(response.json.identifier).toBe('BAD_VALUE');
    expect(response.json.message).toContain(field);
  });
});

describe('in the URL (a NUL byte; an unpaired surrogate cannot be percent-encoded as UTF-8)', () => {
  test.each([
    ['/api/v1/sessions?cursor=%00', 'cursor'],
    ['/api/v1/sessions?clientId=a%00b', 'clientId'],
    ['/api/v1/events?entityId=%00', 'entityId'],
    ['/api/v1/outbox?cursor=x%00', 'cursor'],
    ['/api/v1/sessions?unknown%00name=1', 'unknown\u0000name'],
    ['/api/v1/sessions/ses_%00', 'path'],
    ['/api/v1/links/%00/stats', 'path'],
  ])('GET %s → 422 naming %j', async (path, field) => {
    expect(answerOf(await call(api.baseUrl, 'GET', path, { auth: account.auth }))).toEqual(refusal(field));
  });

  test.each(['/v/%00/status', '/l/%00'])('public GET %s → 422', async (path) => {
    expect((await call(api.baseUrl, 'GET', path)).status).toBe(422);
  });

  test("iDenfy-compatible GET /api/v2/redirect?authToken=%00 → 400 BAD_VALUE in iDenfy's shape", async () => {
    const response = await call(api.baseUrl, 'GET', '/api/v2/redirect?authToken=%00');
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ identifier: 'BAD_VALUE', message: expect.stringContaining('authToken') });
  });

  test.each(['/dashboard/links?q=%00', '/dashboard/sessions/%00', '/dashboard/sessions?clientId=%00'])('dashboard GET %s → 422', async (path) => {
    expect((await operator.get(path)).status).toBe(422);
  });
});

test('a dashboard form field → 422 naming it', async () => {
  const response = await operator.post('/dashboard/api-keys', { name: NUL });
  expect(response.status).toBe(422);
  expect(((await response.json()) as { error: { details: unknown } }).error.details).toEqual([{ field: 'name', message: 'must not contain a NUL character (\\u0000)' }]);
  const login = await fetch(`${api.baseUrl}/dashboard/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: NUL, password: 'x' }).toString(),
  });
  expect(login.status).toBe(422);
});

test('Basic credentials whose key id holds a NUL byte → 401, not a database error', async () => {
  for (const keyId of [NUL, `${account.keyId}\u0000`]) {
    const response = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: basicAuth(keyId, account.secret) });
    expect(response.status).toBe(401);
  }
});

test('text with paired surrogates (emoji) and other control characters is stored as sent', async () => {
  const response = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'ops 🔑 \t tab' } });
  expect(response.status).toBe(201);
  expect(response.json.name).toBe('ops 🔑 \t tab');
});
