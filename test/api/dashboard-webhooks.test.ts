/**
 * Dashboard webhooks through their forms, on the real stack: creating shows the signing secret once, and a test event
 * signed with it reaches a real receiver; the same form submitted twice creates one endpoint; a refused URL or a bad
 * field brings the form back with 422; rotating shows a new secret after a confirmation; recovering sends a failed
 * delivery again; every new form needs the CSRF token. The shared test worker retries after 1, 1, 1, 2, … s.
 */
import { Webhook } from 'standardwebhooks';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { postForm, signedInOperator, type Operator } from '../support/dashboard';
import { eventually } from '../support/links';
import { answerStatus, startReceiver, type Receiver } from '../support/receivers';

let api: TestApi;
let account: TestAccount;
let operator: Operator;
let receiver: Receiver;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 10);
  operator = await signedInOperator(api, account.accountId);
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
});

const formKeyIn = (html: string) => /name="formKey" value="([0-9a-z]{29})"/.exec(html)![1]!;
const secretIn = (html: string) => /id="endpoint-secret" class="secret"[^>]* value="(whsec_[^"]+)"/.exec(html)?.[1];
const endpointIdIn = (html: string) => /href="\/dashboard\/webhooks\/(whe_[0-9a-z]{29})"/.exec(html)![1]!;
const occurrences = (text: string, part: string) => text.split(part).length - 1;

async function newEndpointForm(who: Operator = operator): Promise<string> {
  const page = await who.get('/dashboard/webhooks/new');
  expect(page.status).toBe(200);
  return formKeyIn(await page.text());
}

async function createByForm(fields: Record<string, string | string[]> = {}): Promise<{ id: string; secret: string }> {
  const response = await operator.post('/dashboard/webhooks', { formKey: await newEndpointForm(), url: receiver.url, format: 'standard', ...fields });
  expect(response.status).toBe(201);
  const html = await response.text();
  return { id: endpointIdIn(html), secret: secretIn(html)! };
}

test('create shows the secret once, in the response; a test event signed with it reaches the receiver', async () => {
  const response = await operator.post('/dashboard/webhooks', {
    formKey: await newEndpointForm(),
    url: receiver.url,
    format: 'standard',
    events: ['session.created', 'session.expired'],
    description: 'CRM',
  });
  expect(response.status).toBe(201);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const created = await response.text();
  const secret = secretIn(created)!;
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  expect(occurrences(created, secret)).toBe(1);
  expect(created).toContain('Copy it now; it will not be shown again.');
  expect(created).toContain('data-copy="#endpoint-secret"');
  const id = endpointIdIn(created);
  expect(await api.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
    accountId: account.accountId,
    url: receiver.url,
    eventTypes: ['session.created', 'session.expired'],
    format: 'STANDARD',
    description: 'CRM',
  });

  const endpointPage = await (await operator.get(`/dashboard/webhooks/${id}`)).text();
  expect(endpointPage).not.toContain(secret);
  expect(endpointPage).toContain('session.created, session.expired');
  expect(await (await operator.get('/dashboard/webhooks')).text()).not.toContain(secret);

  const sent = await operator.post(`/dashboard/webhooks/${id}/test`);
  expect(sent.status).toBe(303);
  expect(sent.headers.get('location')).toBe(`/dashboard/webhooks/${id}?notice=test-sent`);
  const afterTest = await (await operator.get(sent.headers.get('location')!)).text();
  expect(afterTest).toContain('<p class="notice" role="status">A test event is on its way');
  expect(afterTest).toContain('webhook.test');
  await eventually(() => Promise.resolve(receiver.requests.length), (count) => count === 1);
  const [request] = receiver.requests;
  expect(new Webhook(secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'webhook.test', data: { endpointId: id } });
});

test('the same form submitted twice, even at once, creates one endpoint; the repeat never shows the secret', async () => {
  const formKey = await newEndpointForm();
  const fields = { formKey, url: receiver.url, format: 'idenfy' };
  const responses = await Promise.all([operator.post('/dashboard/webhooks', fields), operator.post('/dashboard/webhooks', fields)]);
  expect(responses.map((response) => response.status).sort()).toEqual([201, 303]);
  const endpoints = await api.db.webhookEndpoint.findMany({ where: { accountId: account.accountId } });
  expect(endpoints).toHaveLength(1);
  expect(endpoints[0]!.format).toBe('IDENFY');
  const repeat = responses.find((response) => response.status === 303)!;
  expect(repeat.headers.get('location')).toBe(`/dashboard/webhooks/${endpoints[0]!.id}?notice=already-created`);
  const page = await (await operator.get(repeat.headers.get('location')!)).text();
  expect(page).toContain('created by an earlier submission of the same form');
  expect(page).not.toContain('whsec_');
});

describe('refused forms come back with 422, the values kept and the errors named', () => {
  let strict: TestApi;
  beforeAll(async () => {
    strict = await startTestApi({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false' });
  });
  afterAll(async () => {
    await strict.close();
  });

  test('a URL the SSRF guard refuses: the guard’s message, on the URL field', async () => {
    const strictOperator = await signedInOperator(strict, account.accountId);
    const formKey = await newEndpointForm(strictOperator);
    const response = await strictOperator.post('/dashboard/webhooks', { formKey, url: 'http://127.0.0.1/hook', format: 'standard', description: 'kept' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<div class="alert" role="alert"><p>The URL is not allowed: the host resolves to a loopback address (127.0.0.1)</p>');
    expect(html).toContain('<a href="#endpoint-url">URL: the host resolves to a loopback address (127.0.0.1)</a>');
    expect(html).toContain('value="http://127.0.0.1/hook" aria-invalid="true" aria-describedby="endpoint-url-hint endpoint-url-error"');
    expect(html).toContain('<p class="field-error" id="endpoint-url-error">the host resolves to a loopback address (127.0.0.1)</p>');
    expect(html).toContain('value="kept"');
    expect(formKeyIn(html)).toBe(formKey);
    expect(await strict.db.webhookEndpoint.count({ where: { accountId: account.accountId } })).toBe(0);
  });

  test('fields the schema refuses: plain words on each field', async () => {
    const response = await operator.post('/dashboard/webhooks', {
      formKey: await newEndpointForm(),
      url: receiver.url,
      format: 'xml',
      events: ['session.teleported'],
      description: 'x'.repeat(501),
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<p>Some fields need attention: see below.</p>');
    expect(html).toContain('<p class="field-error" id="endpoint-format-error">Choose Standard Webhooks or iDenfy-compatible.</p>');
    expect(html).toContain('<p class="field-error" id="endpoint-events-error">Choose event types from the list.</p>');
    expect(html).toContain('<p class="field-error" id="endpoint-description-error">Keep the description under 500 characters.</p>');
    expect(html).toContain(`value="${receiver.url}"`);
    expect(await api.db.webhookEndpoint.count({ where: { accountId: account.accountId } })).toBe(0);
  });
});

test('rotate: a confirmation explaining the overlap, then the new secret once; both secrets sign meanwhile', async () => {
  const endpoint = await createByForm();
  const confirm = await operator.get(`/dashboard/webhooks/${endpoint.id}/rotate-secret`);
  expect(confirm.status).toBe(200);
  const confirmPage = await confirm.text();
  expect(confirmPage).toContain('For the next 24 hours deliveries are signed with both the new and the current secret');
  expect(confirmPage).toContain(`action="/dashboard/webhooks/${endpoint.id}/rotate-secret"`);

  const secretVersion = /name="secretVersion" value="([0-9a-f]{16})"/.exec(confirmPage)![1]!;
  const rotated = await operator.post(`/dashboard/webhooks/${endpoint.id}/rotate-secret`, { secretVersion });
  expect(rotated.status).toBe(200);
  const rotatedPage = await rotated.text();
  const secret = secretIn(rotatedPage)!;
  expect(secret).toMatch(/^whsec_/);
  expect(secret).not.toBe(endpoint.secret);
  expect(rotatedPage).toContain('Copy it now; it will not be shown again.');
  expect(rotatedPage).toContain('The previous secret also signs until');
  expect(await (await operator.get(`/dashboard/webhooks/${endpoint.id}`)).text()).not.toContain(secret);

  // The same confirmation sent again does not rotate a second time (the original secret keeps its overlap).
  const again = await operator.post(`/dashboard/webhooks/${endpoint.id}/rotate-secret`, { secretVersion });
  expect(again.status).toBe(303);
  expect(again.headers.get('location')).toBe(`/dashboard/webhooks/${endpoint.id}?notice=already-rotated`);
  expect(await (await operator.get(again.headers.get('location')!)).text()).toContain('already been rotated by an earlier submission');

  await operator.post(`/dashboard/webhooks/${endpoint.id}/test`);
  await eventually(() => Promise.resolve(receiver.requests.length), (count) => count === 1);
  const [request] = receiver.requests;
  expect(new Webhook(secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'webhook.test' });
  expect(new Webhook(endpoint.secret).verify(request!.body, request!.headers)).toMatchObject({ type: 'webhook.test' });
});

test('recover since a date sends a failed delivery again with its webhook-id; a disabled endpoint can be enabled again', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const endpoint = await createByForm();
  receiver.answer(answerStatus(410));
  await operator.post(`/dashboard/webhooks/${endpoint.id}/test`);
  const failed = await eventually(() => api.db.delivery.findFirst({ where: { endpointId: endpoint.id } }), (delivery) => delivery?.status === 'FAILED');

  const disabledPage = await (await operator.get(`/dashboard/webhooks/${endpoint.id}`)).text();
  expect(disabledPage).toContain('The endpoint answered 410 Gone');
  expect(disabledPage).toContain('only test events reach it until it is enabled again');
  const enabled = await operator.post(`/dashboard/webhooks/${endpoint.id}/enable`);
  expect(enabled.headers.get('location')).toBe(`/dashboard/webhooks/${endpoint.id}?notice=enabled`);
  expect(await api.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ status: 'ENABLED', disabledReason: null });

  const badDate = await operator.post(`/dashboard/webhooks/${endpoint.id}/recover`, { since: 'last week' });
  expect(badDate.status).toBe(422);
  expect(await badDate.text()).toContain('value="last week" aria-invalid="true" aria-describedby="recover-since-hint recover-since-error"');

  receiver.answer(answerStatus(204));
  const recovered = await operator.post(`/dashboard/webhooks/${endpoint.id}/recover`, { since: today });
  expect(recovered.status).toBe(303);
  expect(recovered.headers.get('location')).toBe(`/dashboard/webhooks/${endpoint.id}?recovered=1&since=${today}`);
  expect(await (await operator.get(recovered.headers.get('location')!)).text()).toContain(
    `1 failed delivery since ${today} sent again, each as a new series with its webhook-id.`,
  );
  await eventually(() => api.db.delivery.findUniqueOrThrow({ where: { id: failed!.id } }), (delivery) => delivery.status === 'DELIVERED');
  expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([failed!.eventId, failed!.eventId]);
  expect(await (await operator.get(`/dashboard/webhooks/${endpoint.id}`)).text()).toContain('series 2 attempt 1 · HTTP 204');

  const nothingSince = await operator.post(`/dashboard/webhooks/${endpoint.id}/recover`, { since: today });
  expect(await (await operator.get(nothingSince.headers.get('location')!)).text()).toContain(`No failed deliveries since ${today}: nothing to send again.`);
});

test('every new form is refused without the CSRF token (403), and nothing changes', async () => {
  const endpoint = await createByForm();
  const before = await api.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
  const forms: [string, Record<string, string>][] = [
    ['/dashboard/webhooks', { formKey: await newEndpointForm(), url: receiver.url, format: 'standard' }],
    [`/dashboard/webhooks/${endpoint.id}/rotate-secret`, {}],
    [`/dashboard/webhooks/${endpoint.id}/test`, {}],
    [`/dashboard/webhooks/${endpoint.id}/recover`, { since: new Date().toISOString().slice(0, 10) }],
    [`/dashboard/webhooks/${endpoint.id}/enable`, {}],
  ];
  for (const [path, fields] of forms) {
    const response = await postForm(api, path, fields, operator.cookie);
    expect([path, response.status]).toEqual([path, 403]);
  }
  expect(await api.db.webhookEndpoint.findMany({ where: { accountId: account.accountId } })).toEqual([before]);
  expect(await api.db.event.count({ where: { entityId: endpoint.id } })).toBe(0);
});

test("another account's endpoint is not found from this one", async () => {
  const endpoint = await createByForm();
  const other = await createTestAccount(api.db, 1);
  const stranger = await signedInOperator(api, other.accountId);
  expect((await stranger.get(`/dashboard/webhooks/${endpoint.id}`)).status).toBe(404);
  expect((await stranger.post(`/dashboard/webhooks/${endpoint.id}/rotate-secret`)).status).toBe(404);
  expect((await stranger.post(`/dashboard/webhooks/${endpoint.id}/test`)).status).toBe(404);
});
