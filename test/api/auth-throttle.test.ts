/**
 * The probe that found no sign-in throttle (40 wrong passwords, then the right one, all answered), as a test: per
 * account and per client address, dashboard sign-in and API Basic credentials lock out with 429 and Retry-After,
 * the right password waits too, the lockout expires by itself, unknown emails lock out like known ones, and the
 * operator gets a log line. Limits lowered for the test: 3 failures per account (12 per address), 2 s lockout.
 */
import { Writable } from 'node:stream';
import { postForm, signedInOperator } from '../support/dashboard';
import { basicAuth, call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';

let api: TestApi;
let account: TestAccount;
let logged: string[];

beforeEach(async () => {
  logged = [];
  const log = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(chunk.toString());
      done();
    },
  });
  // A fresh API per test: the throttle's memory is the API process's.
  // Failures counted over a minute: a busy machine may take more than the 2 s lockout to make a test's attempts.
  api = await startTestApi({ AUTH_MAX_FAILURES: '3', AUTH_LOCKOUT_SECONDS: '2', AUTH_FAILURE_WINDOW_SECONDS: '60', LOG_LEVEL: 'warn' }, { log });
  account = await createTestAccount(api.db);
});
afterEach(async () => {
  await api.close();
});

const signIn = (email: string, password: string) => postForm(api, '/dashboard/login', { email, password });

describe('dashboard sign-in', () => {
  test('three wrong passwords lock the account: the right one answers 429 with Retry-After until the lockout expires', async () => {
    const operator = await signedInOperator(api, account.accountId);
    expect([(await signIn(operator.email, 'wrong-1')).status, (await signIn(operator.email, 'wrong-2')).status, (await signIn(operator.email, 'wrong-3')).status]).toEqual([
      401, 401, 401,
    ]);
    const locked = await signIn(operator.email, operator.password);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    expect(await locked.text()).toContain('Too many failed sign-ins. Try again in 1 min.');
    expect(locked.headers.get('set-cookie')).toBeNull();

    const operatorLine = logged.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'dashboard sign-in locked out after repeated failures');
    expect(operatorLine).toMatchObject({ level: 40, lockedOut: ['account'], remoteAddress: '127.0.0.1', seconds: 2 });
    expect(operatorLine!.userId).toMatch(/^usr_/);
    expect(logged.join('')).not.toContain(operator.email);

    const after = await eventually(() => signIn(operator.email, operator.password), (response) => response.status !== 429);
    expect(after.status).toBe(303);
  });

  test('an unknown email locks out exactly like a known one', async () => {
    const statuses = [];
    for (let n = 0; n < 4; n += 1) statuses.push((await signIn('nobody@example.com', `guess-${n}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  test('one address trying many emails is locked out after four times the per-account allowance', async () => {
    const statuses = [];
    for (let n = 0; n < 13; n += 1) statuses.push((await signIn(`person${n}@example.com`, 'guess')).status);
    expect(statuses).toEqual([...Array(12).fill(401), 429]);
  });
});

describe('API Basic credentials', () => {
  test('three wrong secrets for a key lock it on v1 and v2 alike; it answers again once the lockout expires', async () => {
    const wrong = basicAuth(account.keyId, 'sk_wrong');
    for (let n = 0; n < 3; n += 1) expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: wrong })).status).toBe(401);

    const v1 = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth });
    expect(v1.status).toBe(429);
    expect(v1.json.error).toEqual({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/^Too many failed attempts; try again in [12] seconds$/) });
    expect(v1.headers.get('retry-after')).toMatch(/^[12]$/);
    const v2 = await call(api.baseUrl, 'POST', '/api/v2/status', { auth: account.auth, body: { scanRef: 'ses_x' } });
    expect(v2.status).toBe(429);
    expect(v2.json.identifier).toBe('TOO_MANY_REQUESTS');

    const operatorLine = logged.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'API key authentication locked out after repeated failures');
    expect(operatorLine).toMatchObject({ keyId: account.keyId, lockedOut: ['account'], remoteAddress: '127.0.0.1' });

    const after = await eventually(() => call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth }), (response) => response.status !== 429);
    expect(after.status).toBe(200);
  });

  test('one address trying many key ids is locked out, for every key', async () => {
    for (let n = 0; n < 12; n += 1) expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: basicAuth(`key_guess${n}`, 'sk_x') })).status).toBe(401);
    expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth })).status).toBe(429);
  });

  test('a success clears the count of its key', async () => {
    const wrong = basicAuth(account.keyId, 'sk_wrong');
    for (let round = 0; round < 3; round += 1) {
      expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: wrong })).status).toBe(401);
      expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: wrong })).status).toBe(401);
      expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth })).status).toBe(200);
    }
  });
});
