/**
 * Sending links: the real Resend SDK and a Twilio-compatible client against fake providers on 127.0.0.1, driven by
 * the session workflow (on creation, on `POST …/send`, and the reminder before expiry). A worker of its own points
 * the providers at the fakes and reminds 60 s before expiry; sessions that expire 63 s after creation make the
 * reminder due after 3 s.
 */
import { createSession } from '../../services/sessions/create-session';
import type { TCreateSessionRequest } from '../../services/schemas/sessions';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { startFakeResend, startFakeTwilio, type FakeProvider } from '../support/fake-providers';
import { hostedFlow } from '../support/sessions';
import { startTestWorker } from '../support/worker';

const TASK_QUEUE = 'notifications-test';
let api: TestApi;
let account: TestAccount;
let resend: FakeProvider;
let twilio: FakeProvider;
let worker: { stop(): Promise<void> };

beforeAll(async () => {
  resend = await startFakeResend();
  twilio = await startFakeTwilio();
  const settings = { TEMPORAL_TASK_QUEUE: TASK_QUEUE, REMINDER_BEFORE_SECONDS: '60' };
  api = await startTestApi(settings);
  worker = await startTestWorker({
    ...settings,
    PUBLIC_BASE_URL: api.baseUrl,
    RESEND_API_KEY: 're_test_key',
    RESEND_BASE_URL: resend.baseUrl,
    EMAIL_FROM: 'verify@example.com',
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
    TWILIO_AUTH_TOKEN: 'secret-token',
    TWILIO_FROM: '+15550001111',
    TWILIO_BASE_URL: twilio.baseUrl,
  });
});
afterAll(async () => {
  await worker.stop();
  await api.close();
  await resend.close();
  await twilio.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 20);
  await api.db.account.update({ where: { id: account.accountId }, data: { name: 'Acme Bank' } });
  resend.requests.length = 0;
  twilio.requests.length = 0;
});

const messagesOf = (sessionId: string) => api.db.message.findMany({ where: { sessionId }, orderBy: { sendNumber: 'asc' } });
const createByApi = (body: Record<string, unknown>) => call(api.baseUrl, 'POST', '/api/v1/sessions', { auth: account.auth, body: { clientId: 'c-1', ...body } });

test('email on creation: recipient, sender name, subject, the link in HTML and text, the idempotency key', async () => {
  const created = await createByApi({ email: 'ona@example.com', cc: ['compliance@acme.example'], language: 'lt', send: { email: true } });
  expect(created.status).toBe(201);
  await eventually(() => messagesOf(created.json.id), (rows) => rows.length === 1);
  const [request] = resend.requests;
  expect(request!.headers['idempotency-key']).toBe(`${created.json.id}:1`);
  expect(request!.headers.authorization).toBe('Bearer re_test_key');
  const body = request!.body as { from: string; to: string | string[]; cc?: string[]; subject: string; html: string; text: string };
  expect(body.from).toBe('"Acme Bank" <verify@example.com>');
  expect([body.to].flat()).toEqual(['ona@example.com']);
  expect(body.cc).toEqual(['compliance@acme.example']);
  expect(body.subject.length).toBeGreaterThan(0);
  expect(body.html).toContain(created.json.redirectUrl);
  expect(body.text).toContain(created.json.redirectUrl);
  const [message] = await messagesOf(created.json.id);
  expect(message).toMatchObject({ channel: 'EMAIL', kind: 'INVITATION', status: 'SENT', provider: 'resend', recipient: 'ona@example.com' });
  expect(message!.providerMessageId).toBeTruthy();
});

test('a session without a language: its email is in English, and an English account wording applies', async () => {
  const saved = await call(api.baseUrl, 'PUT', '/api/v1/message-templates', {
    auth: account.auth,
    body: { channel: 'email', kind: 'INVITATION', language: 'en', subject: 'Verify for {{client_name}}', body: 'Please verify: {{session_url}}' },
  });
  expect(saved.status).toBe(200);
  const created = await createByApi({ email: 'ona@example.com', send: { email: true } });
  expect(created.json.language).toBeNull();
  await eventually(() => messagesOf(created.json.id), (rows) => rows.length === 1);
  const body = resend.requests[0]!.body as { subject: string; html: string };
  expect(body.subject).toBe('Verify for Acme Bank');
  expect(body.html).toContain('<html lang="en"');
});

test('Resend answers 500, then 200: one accepted email, the same idempotency key on both tries', async () => {
  resend.answers.push({ status: 500, body: { statusCode: 500, name: 'internal_server_error', message: 'boom' }, headers: { 'retry-after': '1' } });
  const created = await createByApi({ email: 'jonas@example.com', send: { email: true } });
  await eventually(() => messagesOf(created.json.id), (rows) => rows.length === 1, 30_000);
  expect(resend.requests.map((request) => request.headers['idempotency-key'])).toEqual([`${created.json.id}:1`, `${created.json.id}:1`]);
  expect((await messagesOf(created.json.id))[0]).toMatchObject({ status: 'SENT' });
});

test('Resend answers 422: no retry, the failure is recorded and logged', async () => {
  resend.answers.push({ status: 422, body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' } });
  const created = await createByApi({ email: 'nobody@example.com', send: { email: true } });
  await eventually(() => messagesOf(created.json.id), (rows) => rows.length === 1);
  const [message] = await messagesOf(created.json.id);
  expect(message).toMatchObject({ status: 'FAILED', error: 'validation_error: Invalid `to` field.' });
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(resend.requests).toHaveLength(1);
  const events = await api.db.event.findMany({ where: { entityId: created.json.id, type: 'session.message_failed' } });
  expect(events).toHaveLength(1);
});

test.each([
  ['ru', '+79161234567', /[а-яА-Я]/],
  ['lt', '+37061234567', /[ąčęėįšųūž]/i],
])('SMS in %s through the Twilio-compatible API: the text survives, the link whole', async (language, phone, letters) => {
  const created = await createByApi({ phone, language, send: { sms: true } });
  await eventually(() => messagesOf(created.json.id), (rows) => rows.length === 1);
  const [request] = twilio.requests;
  const form = request!.body as Record<string, string>;
  expect(form.To).toBe(phone);
  expect(form.From).toBe('+15550001111');
  expect(form.Body).toContain(created.json.redirectUrl);
  expect(form.Body).toMatch(letters);
  expect((await messagesOf(created.json.id))[0]).toMatchObject({ channel: 'SMS', status: 'SENT', provider: 'twilio', text: form.Body, error: null });
});

test('POST …/send sends again with the next send number', async () => {
  const created = await createByApi({ email: 'petras@example.com', send: { email: true } });
  await eventually(() => messagesOf(created.json.id), (rows) => rows.length === 1);
  expect((await call(api.baseUrl, 'POST', `/api/v1/sessions/${created.json.id}/send`, { auth: account.auth, body: { channel: 'email' } })).status).toBe(202);
  await eventually(() => messagesOf(created.json.id), (rows) => rows.length === 2);
  expect(resend.requests.map((request) => request.headers['idempotency-key'])).toEqual([`${created.json.id}:1`, `${created.json.id}:2`]);
});

describe('the reminder before expiry', () => {
  /** Expires 63 s after creation: with REMINDER_BEFORE_SECONDS=60 the reminder is due after 3 s. */
  async function remindedSession(): Promise<{ id: string; token: string }> {
    const request: TCreateSessionRequest = {
      clientId: 'reminded',
      email: 'ieva@example.com',
      flow: 'SELFIE',
      language: 'en',
      expiryTime: 63,
      sessionLength: 600,
      send: { email: true, reminder: true },
    };
    const requestKey = `${Date.now().toString(36).padStart(9, '0')}${Math.random().toString(16).slice(2, 12).padEnd(10, '0')}${'0'.repeat(10)}`;
    const { session, token } = await createSession({ db: api.db, temporal: api.temporal, config: api.config, dispatch: api.dispatch }, account.accountId, request, requestKey);
    return { id: session.id, token };
  }
  const kinds = async (sessionId: string) => (await messagesOf(sessionId)).map((message) => message.kind);

  test('fires when the person has not started, once', async () => {
    const { id } = await remindedSession();
    await eventually(() => kinds(id), (list) => list.length === 1, 15_000);
    expect(await kinds(id)).toEqual(['REMINDER']);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await kinds(id)).toEqual(['REMINDER']);
  });

  test('does not fire once the person started', async () => {
    const { id, token } = await remindedSession();
    expect((await hostedFlow(api, token).start()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await kinds(id)).toEqual([]);
  });

  test('does not fire after a cancellation', async () => {
    const { id } = await remindedSession();
    expect((await call(api.baseUrl, 'POST', `/api/v1/sessions/${id}/cancel`, { auth: account.auth })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await kinds(id)).toEqual([]);
  });
});

test("an account's own template is used; a template without {{session_url}} is refused", async () => {
  const put = (body: Record<string, unknown>) => call(api.baseUrl, 'PUT', '/api/v1/message-templates', { auth: account.auth, body });
  const refused = await put({ channel: 'email', kind: 'INVITATION', language: 'en', body: 'Please verify soon.' });
  expect(refused.status).toBe(422);
  expect(refused.json.error.details).toEqual([{ field: 'body', message: expect.stringContaining('{{session_url}}') }]);
  const saved = await put({ channel: 'email', kind: 'INVITATION', language: 'en', subject: 'Verify with {{client_name}}', body: 'Hello! Verify here: {{session_url}}' });
  expect(saved.status).toBe(200);
  const created = await createByApi({ email: 'custom@example.com', send: { email: true } });
  await eventually(() => messagesOf(created.json.id), (rows) => rows.length === 1);
  const body = resend.requests[0]!.body as { subject: string; text: string };
  expect(body.subject).toBe('Verify with Acme Bank');
  expect(body.text).toContain(`Hello! Verify here:`);
  expect(body.text).toContain(created.json.redirectUrl);
  expect((await call(api.baseUrl, 'GET', '/api/v1/message-templates', { auth: account.auth })).json.data).toHaveLength(1);
});
