/**
 * The probe that found credentials in the API log, as a test: sign in to the dashboard, use the API, walk a hosted
 * flow, click a link, go through the iDenfy redirect — then search everything the API logged for every secret
 * value seen on the way. And in development, the log is one readable line per request, without headers.
 */
import { Writable } from 'node:stream';
import { signedInOperator } from '../support/dashboard';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { selfieJpeg } from '../support/images';
import { click, createLink } from '../support/links';
import { createSessionByApi, hostedFlow } from '../support/sessions';

/** Collects what the logger writes, line by line. */
function logCapture(): { stream: Writable; text: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => lines.join('') };
}

describe('in the JSON log (production format), at trace level', () => {
  const log = logCapture();
  let api: TestApi;
  let account: TestAccount;

  beforeAll(async () => {
    api = await startTestApi({ LOG_LEVEL: 'trace' }, { log: log.stream });
    account = await createTestAccount(api.db);
  });
  afterAll(async () => {
    await api.close();
  });

  test('no secret seen by a client, an operator or a person appears, while every request is logged', async () => {
    const secrets: Record<string, string> = {
      'API key secret': account.secret,
      'Authorization header': account.auth,
    };

    const operator = await signedInOperator(api, account.accountId);
    secrets['operator password'] = operator.password;
    secrets['dashboard session cookie'] = operator.cookie.split('=')[1]!;
    secrets['CSRF token'] = await operator.csrf();
    expect((await operator.get('/dashboard/sessions')).status).toBe(200);

    const key = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'logged?' } });
    secrets['new API key secret'] = key.json.secret;
    const endpoint = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: 'http://127.0.0.1:9/hook', events: ['link.exhausted'] } });
    secrets['webhook secret'] = endpoint.json.secret;

    const session = await createSessionByApi(api, account, { flow: 'SELFIE' });
    secrets['hosted-flow token'] = session.token;
    const flow = hostedFlow(api, session.token);
    expect((await fetch(`${api.baseUrl}/v/${session.token}`)).status).toBe(200);
    expect((await flow.start()).status).toBe(200);
    expect((await flow.upload('FACE', await selfieJpeg(401))).status).toBe(201);
    expect((await flow.status()).status).toBe(200);
    expect((await flow.submit(null)).status).toBe(202);

    const idenfy = await call(api.baseUrl, 'POST', '/api/v2/token', { auth: account.auth, body: { clientId: 'log-probe' } });
    secrets['iDenfy authToken'] = idenfy.json.authToken;
    const redirect = await fetch(`${api.baseUrl}/api/v2/redirect?authToken=${idenfy.json.authToken}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);

    const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
    const clicked = await click(api.baseUrl, link.slug, { html: true });
    expect(clicked.status).toBe(303);
    secrets['link resume cookie'] = clicked.setCookie!.split(';')[0]!.split('=')[1]!;
    secrets['clicked session token'] = clicked.location!.slice(clicked.location!.lastIndexOf('/') + 1);

    const written = log.text();
    for (const [what, value] of Object.entries(secrets)) {
      expect(value.length).toBeGreaterThanOrEqual(8);
      expect({ what, found: written.includes(value) }).toEqual({ what, found: false });
    }
    // The base64 inside the Authorization header, on its own.
    expect(written).not.toContain(account.auth.slice('Basic '.length));
    // Not vacuous: the requests are there, with their credentials censored.
    expect(written).toContain('"url":"/v/[token]/documents"');
    expect(written).toContain('"msg":"POST /v/[token]/submit 202');
    expect(written).toContain('"url":"/api/v2/redirect?authToken=[redacted]"');
    expect(written).toContain('"msg":"POST /dashboard/login 303');
    expect(written).not.toMatch(/set-cookie|"cookie"|authorization/i);
  });
});

describe('in development', () => {
  const log = logCapture();
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ NODE_ENV: 'development', LOG_LEVEL: 'info' }, { log: log.stream });
  });
  afterAll(async () => {
    await api.close();
  });

  test('one readable line per request: time, level, method, path (token censored), status, duration; no headers', async () => {
    const token = 'A'.repeat(40);
    expect((await fetch(`${api.baseUrl}/v/${token}/status`)).status).toBe(404);
    expect((await fetch(`${api.baseUrl}/api/v2/redirect?authToken=${token}`, { redirect: 'manual' })).status).toBe(302);
    const lines = log.text().trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^\d{2}:\d{2}:\d{2}\.\d{3} INFO test-api GET \/v\/\[token\]\/status 404 \d+ms$/),
      expect.stringMatching(/^\d{2}:\d{2}:\d{2}\.\d{3} INFO test-api GET \/api\/v2\/redirect\?authToken=\[redacted\] 302 \d+ms$/),
    ]);
  });
});
