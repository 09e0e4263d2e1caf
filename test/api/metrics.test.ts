/**
 * `/metrics` on the API port: only with the configured bearer token (401 without it or with another), and not served
 * at all when no token is configured.
 */
import { TEST_METRICS_TOKEN, call, startTestApi, type TestApi } from '../support/harness';

let api: TestApi;
let withoutToken: TestApi;

beforeAll(async () => {
  [api, withoutToken] = await Promise.all([startTestApi(), startTestApi({ METRICS_TOKEN: '' })]);
});
afterAll(async () => {
  await Promise.all([api.close(), withoutToken.close()]);
});

test('with the token: 200 and the Prometheus text', async () => {
  const response = await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  const text = await response.text();
  expect(text).toContain('# TYPE http_request_duration_seconds histogram');
  expect(text).toMatch(/^magiclink_link_clicks \d+$/m);
});

test.each([
  ['no Authorization header', undefined],
  ['another token', `Bearer ${TEST_METRICS_TOKEN}x`],
  ['a prefix of the token', `Bearer ${TEST_METRICS_TOKEN.slice(0, -1)}`],
  ['Basic credentials', `Basic ${Buffer.from(`metrics:${TEST_METRICS_TOKEN}`).toString('base64')}`],
  ['the token without its scheme', TEST_METRICS_TOKEN],
])('%s: 401 with WWW-Authenticate: Bearer, no figures', async (_label, authorization) => {
  const response = await call(api.baseUrl, 'GET', '/metrics', { headers: authorization ? { authorization } : {} });
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
  expect(response.json).toEqual({ error: { code: 'UNAUTHORIZED', message: 'Send the metrics token as Authorization: Bearer <token>' } });
});

test('no METRICS_TOKEN configured: /metrics is not served (404), with or without a token', async () => {
  for (const headers of [{}, { authorization: `Bearer ${TEST_METRICS_TOKEN}` }] as Record<string, string>[]) {
    const response = await call(withoutToken.baseUrl, 'GET', '/metrics', { headers });
    expect(response.status).toBe(404);
    expect(response.json.error.code).toBe('NOT_FOUND');
  }
});
