/**
 * Webhook delivery end to end: the real API, Temporal worker and PostgreSQL deliver to real receivers on 127.0.0.1,
 * verified with the public `standardwebhooks` library (an independent implementation). Retries keep the webhook-id,
 * every attempt is logged, 410 disables, slow answers and redirects fail, huge answers are cut, rotation signs with
 * both secrets, the iDenfy format verifies with an independently computed HMAC, and private targets are refused when
 * configuration does not allow them. The shared test worker retries after 1, 1, 1, 2, … s and times out after 2 s.
 */
import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { createSession } from '../../services/sessions/create-session';
import { ensureCallbackEndpoint } from '../../lib/webhooks/callback-endpoints';
import { call, createTestAccount, metricsText, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { answerStatus, startReceiver, type Receiver } from '../support/receivers';
import { createSessionByApi } from '../support/sessions';

let api: TestApi;
let account: TestAccount;
let receiver: Receiver;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 50);
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
});

const v1 = (method: string, path: string, body?: unknown) => call(api.baseUrl, method, `/api/v1${path}`, { auth: account.auth, body });

async function createEndpoint(body: Record<string, unknown> = {}): Promise<{ id: string; secret: string }> {
  const response = await v1('POST', '/webhook-endpoints', { url: receiver.url, ...body });
  expect(response.status).toBe(201);
  return response.json;
}

async function deliveriesOf(endpointId: string) {
  return (await v1('GET', `/webhook-endpoints/${endpointId}/deliveries?limit=100`)).json.data as any[];
}

async function sendTest(endpointId: string): Promise<{ eventId: string; deliveryId: string }> {
  const response = await v1('POST', `/webhook-endpoints/${endpointId}/test`);
  expect(response.status).toBe(202);
  return response.json;
}

async function deliveryWhen(endpointId: string, deliveryId: string, done: (delivery: any) => boolean, timeoutMs = 30_000) {
  const deliveries = await eventually(() => deliveriesOf(endpointId), (list) => list.some((d) => d.id === deliveryId && done(d)), timeoutMs);
  return deliveries.find((d) => d.id === deliveryId);
}

test('endpoints: create shows the secret once, list/get/patch/delete, unknown event types refused', async () => {
  const created = await createEndpoint({ events: ['session.created', 'session.manual_finished'], description: 'CRM' });
  expect(created).toMatchObject({ url: receiver.url, events: ['session.created', 'session.manual_finished'], format: 'standard', kind: 'ENDPOINT', status: 'ENABLED' });
  expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  const read = await v1('GET', `/webhook-endpoints/${created.id}`);
  expect(read.json.secret).toBeUndefined();
  expect((await v1('GET', '/webhook-endpoints')).json.data.map((e: { id: string }) => e.id)).toEqual([created.id]);
  const patched = await v1('PATCH', `/webhook-endpoints/${created.id}`, { format: 'idenfy', events: [] });
  expect(patched.json).toMatchObject({ format: 'idenfy', events: [] });
  expect((await v1('POST', '/webhook-endpoints', { url: receiver.url, events: ['session.teleported'] })).status).toBe(422);
  expect((await v1('DELETE', `/webhook-endpoints/${created.id}`)).status).toBe(204);
  expect((await v1('GET', `/webhook-endpoints/${created.id}`)).status).toBe(404);
  expect((await v1('GET', '/webhook-endpoints')).json.data).toEqual([]);
});

test('session events arrive signed, in order, each verifiable with the standardwebhooks library', async () => {
  const endpoint = await createEndpoint();
  const session = await createSessionByApi(api, account);
  await v1('POST', `/sessions/${session.id}/cancel`);
  await eventually(() => Promise.resolve(receiver.requests.length), (count) => count >= 2);
  const verifier = new Webhook(endpoint.secret);
  const payloads = receiver.requests.map((request) => verifier.verify(request.body, request.headers) as { type: string; id: string; sequence: number; data: any });
  expect(payloads.map((payload) => [payload.type, payload.sequence])).toEqual([
    ['session.created', 1],
    ['session.cancelled', 2],
  ]);
  expect(payloads[1]!.data).toMatchObject({ sessionId: session.id, clientId: 'client-1', final: true, status: { overall: 'CANCELLED' } });
  expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual(payloads.map((payload) => payload.id));
  // The event log holds exactly what was sent.
  const logged = await v1('GET', `/events?entityId=${session.id}`);
  expect(logged.json.data.map((event: { id: string }) => event.id).reverse()).toEqual(payloads.map((payload) => payload.id));
  const one = await v1('GET', `/events/${payloads[0]!.id}`);
  expect(one.json).toMatchObject({ type: 'session.created', entityId: session.id, sequence: 1 });
});

test('500, 500, 500, then 200: one accepted delivery, four attempts logged, one webhook-id', async () => {
  const endpoint = await createEndpoint();
  let calls = 0;
  receiver.answer((_request, response) => {
    calls += 1;
    response.writeHead(calls <= 3 ? 500 : 200).end(calls <= 3 ? 'boom' : 'ok');
  });
  const { eventId, deliveryId } = await sendTest(endpoint.id);
  const delivery = await deliveryWhen(endpoint.id, deliveryId, (d) => d.status === 'DELIVERED');
  expect(delivery.attempts.map((attempt: any) => [attempt.number, attempt.httpStatus, attempt.error])).toEqual([
    [1, 500, 'HTTP 500'],
    [2, 500, 'HTTP 500'],
    [3, 500, 'HTTP 500'],
    [4, 200, null],
  ]);
  expect(delivery.attempts[0].responseSnippet).toBe('boom');
  expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([eventId, eventId, eventId, eventId]);
  for (const request of receiver.requests) new Webhook(endpoint.secret).verify(request.body, request.headers);
  expect((await v1('GET', `/webhook-endpoints/${endpoint.id}`)).json.failingSince).toBeNull();
  // /metrics counts attempts by outcome from the database.
  const metrics = await metricsText(api);
  const failed = Number(/magiclink_webhook_attempts\{outcome="failed"\} (\d+)/.exec(metrics)?.[1]);
  expect(failed).toBe(await api.db.deliveryAttempt.count({ where: { OR: [{ httpStatus: null }, { NOT: { httpStatus: { gte: 200, lte: 299 } } }] } }));
  expect(failed).toBeGreaterThanOrEqual(3);
});

test('410 Gone disables the endpoint and an event says so', async () => {
  const endpoint = await createEndpoint();
  receiver.answer(answerStatus(410));
  const { deliveryId } = await sendTest(endpoint.id);
  const delivery = await deliveryWhen(endpoint.id, deliveryId, (d) => d.status === 'FAILED');
  expect(delivery.attempts).toHaveLength(1);
  const disabled = await v1('GET', `/webhook-endpoints/${endpoint.id}`);
  expect(disabled.json).toMatchObject({ status: 'DISABLED', disabledReason: 'The endpoint answered 410 Gone' });
  const events = await v1('GET', `/events?entityId=${endpoint.id}&type=webhook_endpoint.disabled`);
  expect(events.json.data).toHaveLength(1);

  // Re-enabled, a manual retry sends the same event again (same webhook-id) as a new series.
  receiver.answer(answerStatus(204));
  expect((await v1('PATCH', `/webhook-endpoints/${endpoint.id}`, { status: 'ENABLED' })).json.status).toBe('ENABLED');
  expect((await v1('POST', `/deliveries/${deliveryId}/retry`)).json).toEqual({ deliveryId, series: 2 });
  const retried = await deliveryWhen(endpoint.id, deliveryId, (d) => d.status === 'DELIVERED');
  expect(retried.attempts.map((attempt: any) => [attempt.series, attempt.number, attempt.httpStatus])).toEqual([
    [1, 1, 410],
    [2, 1, 204],
  ]);
  expect(new Set(receiver.requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
});

test('a slow receiver (past the timeout) is a failed attempt; a redirect is not followed; a 10 MB answer is cut', async () => {
  const endpoint = await createEndpoint();
  const elsewhere = await startReceiver();
  try {
    let calls = 0;
    receiver.answer((_request, response) => {
      calls += 1;
      if (calls === 1) setTimeout(() => response.writeHead(200).end(), 4_000);
      else if (calls === 2) response.writeHead(302, { location: elsewhere.url }).end();
      else response.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(10 * 1024 * 1024));
    });
    const { deliveryId } = await sendTest(endpoint.id);
    const delivery = await deliveryWhen(endpoint.id, deliveryId, (d) => d.status === 'DELIVERED');
    expect(delivery.attempts.map((attempt: any) => [attempt.httpStatus, attempt.error])).toEqual([
      [null, 'no answer within 2 s'],
      [302, 'redirect (302) not followed'],
      [200, null],
    ]);
    expect(delivery.attempts[2].responseSnippet).toBe('x'.repeat(1024));
    expect(elsewhere.requests).toHaveLength(0);
  } finally {
    await elsewhere.close();
  }
});

test('secret rotation: deliveries carry both signatures during the overlap; each secret verifies alone', async () => {
  const endpoint = await createEndpoint();
  const rotated = await v1('POST', `/webhook-endpoints/${endpoint.id}/rotate-secret`);
  expect(rotated.json.secret).not.toBe(endpoint.secret);
  expect(Date.parse(rotated.json.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
  await sendTest(endpoint.id);
  await eventually(() => Promise.resolve(receiver.requests.length), (count) => count === 1);
  const [request] = receiver.requests;
  expect(request!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
  expect(new Webhook(rotated.json.secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'webhook.test' });
  expect(new Webhook(endpoint.secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'webhook.test' });
});

test('iDenfy format through a callbackUrl: iDenfy body and event type, signature verified with an independent HMAC', async () => {
  const endpoint = await ensureCallbackEndpoint(api.db, api.config.keyring!, { accountId: account.accountId, url: receiver.url, format: 'IDENFY' });
  const { secret } = (await v1('POST', `/webhook-endpoints/${endpoint.id}/rotate-secret`)).json;
  const requestKey = `${Date.now().toString(36).padStart(9, '0')}${'c'.repeat(20)}`;
  const { session } = await createSession({ db: api.db, temporal: api.temporal, config: api.config, dispatch: api.dispatch }, account.accountId, {
    clientId: 'idenfy-client',
    flow: 'DOCUMENT_AND_SELFIE',
    language: 'en',
    expiryTime: 2,
    sessionLength: 600,
    externalRef: 'ext-9',
    callbackUrl: receiver.url,
  }, requestKey);
  // iDenfy sends callbacks for results only: the expiry, not the creation.
  await eventually(() => Promise.resolve(receiver.requests.length), (count) => count === 1, 30_000);
  const [request] = receiver.requests;
  expect(request!.headers['idenfy-signature']).toBe(createHmac('sha256', secret).update(request!.body).digest('hex'));
  expect(request!.headers['idenfy-event-type']).toBe('ID_VERIFICATION_EXPIRED');
  const body = JSON.parse(request!.body);
  expect(body).toMatchObject({
    final: true,
    status: { overall: 'EXPIRED', autoDocument: null, autoFace: null, manualDocument: null, manualFace: null, fraudTags: [], mismatchTags: [], suspicionReasons: [] },
    scanRef: session.id,
    clientId: 'idenfy-client',
    externalRef: 'ext-9',
    startTime: null,
    fileUrls: { FRONT: null, BACK: null, FACE: null },
  });
  expect(typeof body.finishTime).toBe('number');
  expect(Object.keys(body.data)).toEqual(expect.arrayContaining(['docFirstName', 'docLastName', 'docNumber', 'docDob', 'docNationality']));
  const listed = (await v1('GET', '/webhook-endpoints')).json.data;
  expect(listed).toEqual([expect.objectContaining({ id: endpoint.id, kind: 'CALLBACK', format: 'idenfy' })]);
});

test('a test event to an iDenfy-format endpoint: every key of an iDenfy callback, its own event type, signed like one', async () => {
  const endpoint = await createEndpoint({ format: 'idenfy' });
  const { eventId } = await sendTest(endpoint.id);
  await eventually(() => Promise.resolve(receiver.requests.length), (count) => count === 1, 30_000);
  const [request] = receiver.requests;
  expect(request!.headers['idenfy-signature']).toBe(createHmac('sha256', endpoint.secret).update(request!.body).digest('hex'));
  expect(request!.headers['idenfy-event-type']).toBe('WEBHOOK_TEST');
  const body = JSON.parse(request!.body);
  expect(Object.keys(body).sort()).toEqual(
    ['final', 'platform', 'status', 'data', 'fileUrls', 'scanRef', 'clientId', 'externalRef', 'startTime', 'finishTime', 'clientIp', 'clientIpCountry'].sort(),
  );
  expect(body).toMatchObject({
    final: false,
    status: { overall: null, autoDocument: null, autoFace: null, manualDocument: null, manualFace: null, fraudTags: [], mismatchTags: [], suspicionReasons: [] },
    scanRef: eventId,
    clientId: null,
    externalRef: null,
    finishTime: null,
  });
  expect(typeof body.startTime).toBe('number');
  expect(Object.values(body.data).filter((value) => value !== null && value !== false)).toEqual([]);
});

test('an endpoint failing with no success for longer than configured is disabled', async () => {
  const endpoint = await createEndpoint();
  receiver.answer(answerStatus(503));
  await api.db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: new Date(Date.now() - 6 * 86_400_000) } });
  const { deliveryId } = await sendTest(endpoint.id);
  await deliveryWhen(endpoint.id, deliveryId, (d) => d.status === 'FAILED');
  const disabled = (await v1('GET', `/webhook-endpoints/${endpoint.id}`)).json;
  expect(disabled.status).toBe('DISABLED');
  expect(disabled.disabledReason).toMatch(/^No successful delivery since /);
});

test('recover re-sends every failed delivery since a date, keeping each webhook-id', async () => {
  const endpoint = await createEndpoint();
  receiver.answer(answerStatus(410));
  const first = await sendTest(endpoint.id);
  await deliveryWhen(endpoint.id, first.deliveryId, (d) => d.status === 'FAILED');
  await v1('PATCH', `/webhook-endpoints/${endpoint.id}`, { status: 'ENABLED' });
  receiver.answer(answerStatus(200));
  const recovered = await v1('POST', `/webhook-endpoints/${endpoint.id}/recover`, { since: new Date(Date.now() - 60_000).toISOString() });
  expect(recovered.status).toBe(202);
  expect(recovered.json).toEqual({ recovered: 1, deliveryIds: [first.deliveryId] });
  await deliveryWhen(endpoint.id, first.deliveryId, (d) => d.status === 'DELIVERED');
  expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([first.eventId, first.eventId]);
});

describe('SSRF guard', () => {
  let strict: TestApi;
  beforeAll(async () => {
    strict = await startTestApi({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false' });
  });
  afterAll(async () => {
    await strict.close();
  });

  test.each([
    'http://127.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://10.0.0.1/hook',
    'http://localhost:8080/hook',
    'file:///etc/passwd',
    'gopher://example.com/',
  ])('%s is refused with 422 URL_NOT_ALLOWED', async (url) => {
    const response = await call(strict.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url } });
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe('URL_NOT_ALLOWED');
  });

  const refusedCallback = (reason: string) => ({
    code: 'URL_NOT_ALLOWED',
    message: `The URL is not allowed: ${reason}`,
    details: [{ field: 'callbackUrl', message: reason }],
  });

  test('a callbackUrl is checked at creation like an endpoint: sessions and links refused with 422, nothing created', async () => {
    const session = await call(strict.baseUrl, 'POST', '/api/v1/sessions', {
      auth: account.auth,
      body: { clientId: 'ssrf', callbackUrl: 'http://169.254.169.254/latest/meta-data' },
    });
    expect(session.status).toBe(422);
    expect(session.json.error).toEqual(refusedCallback('the host resolves to a cloud metadata address (169.254.169.254)'));
    const link = await call(strict.baseUrl, 'POST', '/api/v1/links', {
      auth: account.auth,
      body: { name: 'ssrf', flow: 'SELFIE', usage: { type: 'SINGLE' }, callbackUrl: 'http://10.0.0.1/hook' },
    });
    expect(link.status).toBe(422);
    expect(link.json.error).toEqual(refusedCallback('the host resolves to a private address (10.0.0.1)'));
    expect(await strict.db.session.count({ where: { accountId: account.accountId } })).toBe(0);
    expect(await strict.db.link.count({ where: { accountId: account.accountId } })).toBe(0);
    expect(await strict.db.webhookEndpoint.count({ where: { accountId: account.accountId } })).toBe(0);
  });

  test("iDenfy's /api/v2/token: a private callbackUrl → 400 BAD_VALUE, and no callback endpoint is made for it", async () => {
    const response = await call(strict.baseUrl, 'POST', '/api/v2/token', { auth: account.auth, body: { clientId: 'ssrf', callbackUrl: 'http://[::ffff:127.0.0.1]/cb' } });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ identifier: 'BAD_VALUE', message: 'The URL is not allowed: the host resolves to a loopback address (::ffff:7f00:1): callbackUrl the host resolves to a loopback address (::ffff:7f00:1)' });
    expect(await strict.db.webhookEndpoint.count({ where: { accountId: account.accountId } })).toBe(0);
    expect(await strict.db.session.count({ where: { accountId: account.accountId } })).toBe(0);
  });
});

test('where private targets are allowed (development), cloud metadata in any embedding is still refused at creation', async () => {
  for (const callbackUrl of ['http://[64:ff9b::a9fe:a9fe]/', 'http://2852039166/', 'http://[::ffff:169.254.169.254]/']) {
    const response = await v1('POST', '/sessions', { clientId: 'ssrf', callbackUrl });
    expect(response.status).toBe(422);
    expect(response.json.error.details).toEqual([{ field: 'callbackUrl', message: expect.stringContaining('a cloud metadata address') }]);
  }
  expect((await v1('POST', '/sessions', { clientId: 'local receiver', callbackUrl: receiver.url })).status).toBe(201);
});

test('a delivery the guard refuses at send time is final: one attempt, FAILED with the reason, no retries', async () => {
  // An endpoint stored before the guard knew this address (or whose name resolves elsewhere since): not via the API.
  const endpoint = await createEndpoint();
  await api.db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { url: 'http://[64:ff9b::a9fe:a9fe]/latest/meta-data' } });
  const { deliveryId } = await sendTest(endpoint.id);
  const delivery = await deliveryWhen(endpoint.id, deliveryId, (d) => d.status === 'FAILED');
  expect(delivery.attempts).toEqual([
    expect.objectContaining({ number: 1, httpStatus: null, error: 'URL not allowed: the host resolves to a cloud metadata address (64:ff9b::a9fe:a9fe)' }),
  ]);
  // The schedule would have retried after 1 s; nothing more comes.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect((await deliveriesOf(endpoint.id)).find((d) => d.id === deliveryId).attempts).toHaveLength(1);
  expect(receiver.requests).toHaveLength(0);
});

test('20 test events at once to one endpoint: 20 events with sequences 1–20, each delivered once', async () => {
  const endpoint = await createEndpoint();
  const sent = await Promise.all(Array.from({ length: 20 }, () => v1('POST', `/webhook-endpoints/${endpoint.id}/test`)));
  expect(sent.map((response) => response.status)).toEqual(Array(20).fill(202));
  const events = await api.db.event.findMany({ where: { entityId: endpoint.id }, orderBy: { sequence: 'asc' } });
  expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  await eventually(() => Promise.resolve(receiver.requests.length), (count) => count === 20);
  expect(new Set(receiver.requests.map((request) => request.headers['webhook-id'])).size).toBe(20);
});
