/**
 * The email and SMS senders against fake provider APIs over real HTTP: Resend through its official SDK, Twilio and a
 * generic SMS gateway through fetch. Checked: what reaches the provider (auth, idempotency key, exact body, UTF-8),
 * and how each answer maps to an outcome — sent, retry (429, 5xx, no answer; Retry-After honoured) or rejected
 * (any other 4xx).
 */
import { createHmac } from 'node:crypto';
import { createResendSender } from '../../../lib/notifications/email-resend';
import type { EmailMessage, SmsMessage } from '../../../lib/notifications/providers';
import { createTwilioSender } from '../../../lib/notifications/sms-twilio';
import { createWebhookSmsSender } from '../../../lib/notifications/sms-webhook';
import { startFakeResend, startFakeSmsWebhook, startFakeTwilio, type FakeProvider, type FakeSmsWebhook } from '../../support/fake-providers';

const LINK = 'https://verify.example.com/l/AbCdEf123';

const percentEncodedUtf8 = (text: string) => [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

describe('Resend', () => {
  let fake: FakeProvider;
  beforeEach(async () => {
    fake = await startFakeResend();
  });
  afterEach(async () => {
    await fake.close();
  });

  const sender = () => createResendSender({ apiKey: 're_test_123', baseUrl: fake.baseUrl });
  const email = (overrides: Partial<EmailMessage> = {}): EmailMessage => ({
    from: 'Verification <verify@example.com>',
    to: 'jonas@example.lt',
    cc: ['compliance@example.com', 'agent@example.com'],
    subject: 'Patvirtinkite tapatybę',
    html: `<p>Patvirtinkite tapatybę: <a href="${LINK}">${LINK}</a></p>`,
    text: `Patvirtinkite tapatybę: ${LINK}`,
    idempotencyKey: 'msg_01/attempt',
    ...overrides,
  });

  test('the SDK request carries the key, the idempotency key and exactly the message', async () => {
    const outcome = await sender().send(email());

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/emails' });
    expect(request!.headers.authorization).toBe('Bearer re_test_123');
    expect(request!.headers['idempotency-key']).toBe('msg_01/attempt');
    expect(request!.headers['content-type']).toMatch(/^application\/json/);
    expect(request!.body).toEqual({
      from: 'Verification <verify@example.com>',
      to: 'jonas@example.lt',
      cc: ['compliance@example.com', 'agent@example.com'],
      subject: 'Patvirtinkite tapatybę',
      html: `<p>Patvirtinkite tapatybę: <a href="${LINK}">${LINK}</a></p>`,
      text: `Patvirtinkite tapatybę: ${LINK}`,
    });
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  test('no cc: the field is left out; more than 8 cc is a programming error and sends nothing', async () => {
    await sender().send(email({ cc: [] }));
    expect(fake.requests[0]!.body).not.toHaveProperty('cc');

    const nine = Array.from({ length: 9 }, (_, index) => `cc${index}@example.com`);
    await expect(sender().send(email({ cc: nine }))).rejects.toThrow(/at most 8 cc/);
    expect(fake.requests).toHaveLength(1);
  });

  test('500 then 200: retry, then sent, both attempts with the same idempotency key', async () => {
    fake.answers.push({ status: 500, body: { statusCode: 500, name: 'internal_server_error', message: 'An unexpected error occurred.' } });
    const resend = sender();

    expect(await resend.send(email())).toEqual({ kind: 'retry', reason: 'internal_server_error: An unexpected error occurred.', retryAfterSeconds: null });
    expect(await resend.send(email())).toMatchObject({ kind: 'sent' });
    expect(fake.requests.map((request) => request.headers['idempotency-key'])).toEqual(['msg_01/attempt', 'msg_01/attempt']);
  });

  test('a 502 HTML page from a proxy: retry', async () => {
    fake.answers.push({ status: 502, body: '<html><body>Bad Gateway</body></html>' });
    expect(await sender().send(email())).toMatchObject({ kind: 'retry', retryAfterSeconds: null });
  });

  test('429 with retry-after: 7 → retry after 7 s', async () => {
    fake.answers.push({
      status: 429,
      headers: { 'retry-after': '7' },
      body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests. You can only make 2 requests per second.' },
    });
    expect(await sender().send(email())).toEqual({
      kind: 'retry',
      reason: 'rate_limit_exceeded: Too many requests. You can only make 2 requests per second.',
      retryAfterSeconds: 7,
    });
  });

  test('422 validation error → rejected with its name and message', async () => {
    fake.answers.push({ status: 422, body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field. The email address needs to follow the `email@example.com` format.' } });
    expect(await sender().send(email({ to: 'not-an-address' }))).toEqual({
      kind: 'rejected',
      reason: 'validation_error: Invalid `to` field. The email address needs to follow the `email@example.com` format.',
    });
  });

  test('409 idempotency conflicts: still in progress → retry; same key, other payload → rejected', async () => {
    fake.answers.push(
      { status: 409, body: { statusCode: 409, name: 'concurrent_idempotent_requests', message: 'Same idempotency key used while original request is still in progress.' } },
      { status: 409, body: { statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key used with a different request payload.' } },
    );
    expect(await sender().send(email())).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/^concurrent_idempotent_requests: /) });
    expect(await sender().send(email())).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/^invalid_idempotent_request: /) });
  });

  test('connection refused → retry', async () => {
    const resend = sender();
    await fake.close();
    expect(await resend.send(email())).toMatchObject({ kind: 'retry', retryAfterSeconds: null });
  });
});

describe('Twilio', () => {
  const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
  const AUTH_TOKEN = 'twilio-auth-token';
  const FROM = '+37060000000';
  let fake: FakeProvider;
  beforeEach(async () => {
    fake = await startFakeTwilio();
  });
  afterEach(async () => {
    await fake.close();
  });

  const sender = () => createTwilioSender({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: FROM, baseUrl: fake.baseUrl });
  const sms = (overrides: Partial<SmsMessage> = {}): SmsMessage => ({ to: '+37061234567', text: `Patvirtinkite tapatybę: ${LINK}`, idempotencyKey: 'msg_02/1', ...overrides });

  test.each([
    ['Russian', '+79161234567', `Подтвердите личность: ${LINK}`, 'Подтвердите'],
    ['Lithuanian', '+37061234567', `Patvirtinkite tapatybę: ąčęėįšųūž ${LINK}`, 'ąčęėįšųūž'],
  ])('%s text arrives intact as a UTF-8 form, with Basic auth and the idempotency key', async (_language, to, text, word) => {
    const outcome = await sender().send(sms({ to, text }));

    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json` });
    expect(request!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request!.body).toEqual({ To: to, From: FROM, Body: text });
    // Percent-encoded UTF-8 on the wire, not Latin-1 or a double encoding.
    expect(request!.rawBody).toContain(percentEncodedUtf8(word));
    const [scheme, credentials] = request!.headers.authorization!.split(' ');
    expect(scheme).toBe('Basic');
    expect(Buffer.from(credentials!, 'base64').toString('utf8')).toBe(`${ACCOUNT_SID}:${AUTH_TOKEN}`);
    expect(request!.headers['idempotency-key']).toBe('msg_02/1');
    expect(request!.headers['i-twilio-idempotency-token']).toBe('msg_02/1');
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: expect.stringMatching(/^SM[0-9a-f]{32}$/) });
  });

  test('400 invalid number → rejected with Twilio\'s message', async () => {
    fake.answers.push({
      status: 400,
      body: { code: 21211, message: "The 'To' number is not a valid phone number.", more_info: 'https://www.twilio.com/docs/errors/21211', status: 400 },
    });
    expect(await sender().send(sms({ to: '+3706' }))).toEqual({ kind: 'rejected', reason: "The 'To' number is not a valid phone number." });
  });

  test('503 → retry (with a Retry-After date honoured); 429 → retry after its seconds', async () => {
    const retryAt = new Date(Date.now() + 30_000).toUTCString();
    fake.answers.push(
      { status: 503, headers: { 'retry-after': retryAt }, body: { code: 20503, message: 'Service Unavailable', status: 503 } },
      { status: 429, headers: { 'retry-after': '3' }, body: { code: 20429, message: 'Too Many Requests', status: 429 } },
    );
    const twilio = sender();

    const unavailable = await twilio.send(sms());
    expect(unavailable).toMatchObject({ kind: 'retry', reason: 'Service Unavailable' });
    expect(unavailable.kind === 'retry' && unavailable.retryAfterSeconds).toBeGreaterThanOrEqual(28);
    expect(unavailable.kind === 'retry' && unavailable.retryAfterSeconds).toBeLessThanOrEqual(30);
    expect(await twilio.send(sms())).toEqual({ kind: 'retry', reason: 'Too Many Requests', retryAfterSeconds: 3 });
  });

  test('connection refused → retry', async () => {
    const twilio = sender();
    await fake.close();
    expect(await twilio.send(sms())).toMatchObject({ kind: 'retry', reason: expect.stringContaining('ECONNREFUSED') });
  });
});

describe('SMS webhook', () => {
  const SECRET = 'gateway-shared-secret';
  let fake: FakeSmsWebhook;
  beforeEach(async () => {
    fake = await startFakeSmsWebhook();
  });
  afterEach(async () => {
    await fake.close();
  });

  const message: SmsMessage = { to: '+79161234567', text: `Подтвердите личность: ${LINK}`, idempotencyKey: 'msg_03/1' };

  test('JSON body, idempotency header and a signature that verifies independently', async () => {
    const outcome = await createWebhookSmsSender({ url: fake.url, secret: SECRET }).send(message);

    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/sms' });
    expect(request!.headers['content-type']).toMatch(/^application\/json/);
    expect(request!.body).toEqual({ to: message.to, text: message.text, idempotencyKey: 'msg_03/1' });
    expect(request!.headers['idempotency-key']).toBe('msg_03/1');
    const expected = createHmac('sha256', Buffer.from(SECRET, 'utf8')).update(Buffer.from(request!.rawBody, 'utf8')).digest('hex');
    expect(request!.headers['x-signature']).toBe(`sha256=${expected}`);
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  test('no secret: no signature; a 2xx without an id is sent with no provider id', async () => {
    fake.answers.push({ status: 202 });
    expect(await createWebhookSmsSender({ url: fake.url }).send(message)).toEqual({ kind: 'sent', providerMessageId: null });
    expect(fake.requests[0]!.headers).not.toHaveProperty('x-signature');
  });

  test('500 → retry; 400 → rejected with the gateway\'s explanation', async () => {
    fake.answers.push({ status: 500 }, { status: 400, body: { error: 'unsupported destination' } });
    const gateway = createWebhookSmsSender({ url: fake.url, secret: SECRET });

    expect(await gateway.send(message)).toEqual({ kind: 'retry', reason: 'HTTP 500', retryAfterSeconds: null });
    expect(await gateway.send(message)).toEqual({ kind: 'rejected', reason: 'HTTP 400: {"error":"unsupported destination"}' });
  });

  test('a redirect is not followed: rejected as a wrong URL', async () => {
    fake.answers.push({ status: 302, headers: { location: `${fake.baseUrl}/elsewhere` } });
    expect(await createWebhookSmsSender({ url: fake.url }).send(message)).toEqual({ kind: 'rejected', reason: 'HTTP 302' });
    expect(fake.requests).toHaveLength(1);
  });
});
