/** The API.md error contract at the HTTP boundary: bad input is a clear 4xx in the error shape, never a 500. */
import { gzipSync } from 'node:zlib';
import { basicAuth, call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi({ BODY_LIMIT: '10kb' });
  account = await createTestAccount(api.db);
});
afterAll(async () => {
  await api.close();
});

test('malformed JSON → 400 BAD_JSON', async () => {
  const response = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: '{"name": "x",' });
  expect(response.status).toBe(400);
  expect(response.json).toEqual({ error: { code: 'BAD_JSON', message: 'The request body is not valid JSON' } });
});

test('a body over the limit → 413 PAYLOAD_TOO_LARGE', async () => {
  const response = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'x'.repeat(20_000) } });
  expect(response.status).toBe(413);
  expect(response.json.error.code).toBe('PAYLOAD_TOO_LARGE');
});

test('unknown routes → 404 NOT_FOUND in the error shape, with or without auth', async () => {
  const anonymous = await call(api.baseUrl, 'GET', '/no/such/route');
  expect(anonymous.status).toBe(404);
  expect(anonymous.json).toEqual({ error: { code: 'NOT_FOUND', message: 'No route for GET /no/such/route' } });
  const authenticated = await call(api.baseUrl, 'GET', '/api/v1/nothing-here', { auth: account.auth });
  expect(authenticated.status).toBe(404);
  expect(authenticated.json.error.code).toBe('NOT_FOUND');
});

test('missing, malformed, unknown and wrong credentials → 401 UNAUTHORIZED with a Basic challenge', async () => {
  const attempts = [
    undefined,
    'Bearer abc',
    'Basic !!!not-base64',
    basicAuth('key_unknown', 'whatever'),
    basicAuth(account.keyId, 'sk_wrong-secret'),
    basicAuth(account.keyId, ''),
  ];
  for (const auth of attempts) {
    const response = await call(api.baseUrl, 'GET', '/api/v1/account', { auth });
    expect(response.status).toBe(401);
    expect(response.json.error.code).toBe('UNAUTHORIZED');
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  }
  expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth })).status).toBe(200);
});

test('invalid fields → 422 VALIDATION_ERROR naming each field', async () => {
  const response = await call(api.baseUrl, 'POST', '/api/v1/account/credits', {
    auth: account.auth,
    body: { amount: -5, reason: '', extra: true },
  });
  expect(response.status).toBe(422);
  expect(response.json.error.code).toBe('VALIDATION_ERROR');
  const fields = response.json.error.details.map((detail: { field: string }) => detail.field).sort();
  expect(fields).toEqual(['amount', 'extra', 'reason']);
});

test('invalid list parameters → 422 naming the query parameter', async () => {
  const response = await call(api.baseUrl, 'GET', '/api/v1/account/ledger?limit=1000', { auth: account.auth });
  expect(response.status).toBe(422);
  expect(response.json.error.details).toEqual([{ field: 'limit', message: expect.stringContaining('100') }]);
});

test('no stack traces or internals leak, and helmet headers are set', async () => {
  const response = await fetch(`${api.baseUrl}/api/v1/account`, { headers: { authorization: account.auth } });
  expect(response.headers.get('x-powered-by')).toBeNull();
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
});

describe('a body that does not match its Content-Encoding → 400, never 500', () => {
  const json = JSON.stringify({ name: 'not compressed' });

  test.each(['gzip', 'deflate', 'br'])('%s on the API → 400 BAD_REQUEST', async (encoding) => {
    const response = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: json, headers: { 'content-encoding': encoding } });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: { code: 'BAD_REQUEST', message: 'The request body is not valid for its Content-Encoding' } });
  });

  test('gzip on the iDenfy-compatible API → 400 in its error shape', async () => {
    const response = await call(api.baseUrl, 'POST', '/api/v2/token', { auth: account.auth, body: json, headers: { 'content-encoding': 'gzip' } });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ identifier: 'BAD_VALUE', message: 'The request body is not valid for its Content-Encoding' });
  });

  test('deflate on a dashboard form → 400', async () => {
    const response = await fetch(`${api.baseUrl}/dashboard/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'deflate' },
      body: 'email=a%40example.com&password=x',
    });
    expect(response.status).toBe(400);
  });

  test('a gzip body that really is gzip is read', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/api-keys`, {
      method: 'POST',
      headers: { authorization: account.auth, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(json),
    });
    expect(response.status).toBe(201);
  });
});

describe('a documented path called with a method it does not list → 405 with Allow', () => {
  test('in the API error shape, before authentication (the methods of a path are public, in the document)', async () => {
    for (const auth of [account.auth, undefined]) {
      const response = await call(api.baseUrl, 'PUT', '/api/v1/links', { auth, body: { name: 'x' } });
      expect(response.status).toBe(405);
      expect(response.json).toEqual({ error: { code: 'METHOD_NOT_ALLOWED', message: 'PUT is not allowed on /api/v1/links; use GET, HEAD, POST' } });
      expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
    }
  });

  test('on paths with parameters, and a listed method still answers', async () => {
    const response = await call(api.baseUrl, 'POST', '/api/v1/sessions/ses_unknown', { auth: account.auth });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect((await call(api.baseUrl, 'GET', '/api/v1/sessions/ses_unknown', { auth: account.auth })).status).toBe(404);
    expect((await call(api.baseUrl, 'PUT', '/api/v1/no-such-path', { auth: account.auth })).status).toBe(404);
  });

  test("in iDenfy's error shape on the iDenfy-compatible endpoints", async () => {
    const response = await call(api.baseUrl, 'GET', '/api/v2/token', { auth: account.auth });
    expect(response.status).toBe(405);
    expect(response.json).toEqual({ identifier: 'METHOD_NOT_ALLOWED', message: 'GET is not allowed on /api/v2/token; use POST' });
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('unknown query parameters', () => {
  test('are refused under /api/v1 with 422 naming each, on operations with and without parameters', async () => {
    const listed = await call(api.baseUrl, 'GET', '/api/v1/account/ledger?limit=5&colour=red&sort=asc', { auth: account.auth });
    expect(listed.status).toBe(422);
    expect(listed.json).toEqual({
      error: {
        code: 'VALIDATION_ERROR',
        message: 'The request query is invalid',
        details: [
          { field: 'colour', message: 'is not a known query parameter' },
          { field: 'sort', message: 'is not a known query parameter' },
        ],
      },
    });
    const none = await call(api.baseUrl, 'GET', '/api/v1/account?verbose=1', { auth: account.auth });
    expect(none.status).toBe(422);
    expect(none.json.error.details).toEqual([{ field: 'verbose', message: 'is not a known query parameter' }]);
  });

  test('documented ones are accepted', async () => {
    expect((await call(api.baseUrl, 'GET', '/api/v1/webhook-endpoints?limit=1', { auth: account.auth })).status).toBe(200);
    expect((await call(api.baseUrl, 'GET', '/api/v1/account/ledger?limit=1', { auth: account.auth })).status).toBe(200);
  });

  test('are ignored by the iDenfy-compatible endpoints, as iDenfy does', async () => {
    const token = 'a'.repeat(40);
    const response = await fetch(`${api.baseUrl}/api/v2/redirect?authToken=${token}&utm_source=mail`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/v/${token}`);
  });
});
