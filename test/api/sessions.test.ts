/**
 * The sessions API (dynamic links) and its iDenfy-compatible twin, over real HTTP against the real API, Temporal
 * and PostgreSQL: every field limit, defaults, credits, idempotency, filters, and iDenfy's request/response/error
 * shapes.
 */
import { WORKFLOW_TYPES, workflowIds } from '../../workflows/definitions';
import { call, createTestAccount, metricsText, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { createSessionByApi, ledgerOf } from '../support/sessions';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 10);
});

async function sessionsGauge(status: string): Promise<number> {
  const text = await metricsText(api);
  const line = text.split('\n').find((candidate) => candidate.startsWith(`magiclink_sessions{status="${status}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

const post = (body: unknown, headers?: Record<string, string>) => call(api.baseUrl, 'POST', '/api/v1/sessions', { auth: account.auth, body, headers });

describe('POST /api/v1/sessions', () => {
  test('only clientId is required; defaults are filled in and a credit is reserved', async () => {
    const before = Date.now();
    const response = await post({ clientId: 'customer-42' });
    expect(response.status).toBe(201);
    const session = response.json;
    expect(session).toMatchObject({
      clientId: 'customer-42',
      status: { overall: 'ACTIVE', autoDocument: null, autoFace: null, manualDocument: null, manualFace: null, fraudTags: [], mismatchTags: [] },
      final: false,
      flow: 'DOCUMENT_AND_SELFIE',
      documents: ['ID_CARD', 'PASSPORT', 'DRIVER_LICENSE', 'RESIDENCE_PERMIT'],
      language: null,
      expiryTime: 86_400,
      sessionLength: 600,
      attempts: 0,
      maxAttempts: 2,
      linkId: null,
    });
    expect(session.id).toMatch(/^ses_[0-9a-z]{29}$/);
    expect(session.redirectUrl).toMatch(new RegExp(`^${api.config.http.publicBaseUrl}/v/[A-Za-z0-9_-]{40}$`));
    const expiresAt = Date.parse(session.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 86_400_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 86_400_000);

    expect(await ledgerOf(api, session.id)).toEqual(['RESERVE']);
    const credits = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth });
    expect(credits.json.credits).toEqual({ balance: 10, reserved: 1, available: 9 });

    // The workflow exists at once (delayed until someone opens the link), findable by its search attributes.
    const description = await api.temporal.workflow.getHandle(workflowIds.verificationSession(session.id)).describe();
    expect(description.type).toBe(WORKFLOW_TYPES.verificationSession);
    expect(description.status.name).toBe('RUNNING');

    // The token is shown once: reads never return it.
    const read = await call(api.baseUrl, 'GET', `/api/v1/sessions/${session.id}`, { auth: account.auth });
    expect(read.status).toBe(200);
    expect(read.json.redirectUrl).toBeUndefined();
    expect(read.json.id).toBe(session.id);
    expect(read.json.language).toBeNull();
  });

  test('every field is stored and returned', async () => {
    const body = {
      clientId: 'c-1',
      firstName: 'Jonas',
      lastName: 'Jonaitis',
      dateOfBirth: '1990-05-17',
      documentNumber: 'AB123456',
      personalNumber: '39005170000',
      nationality: 'lt',
      sex: 'M',
      dateOfIssue: '2020-01-02',
      dateOfExpiry: '2030-01-01',
      email: 'jonas@example.com',
      phone: '+37060000000',
      flow: 'DOCUMENT',
      documents: ['PASSPORT'],
      country: 'LT',
      language: 'lt',
      expiryTime: 3600,
      sessionLength: 300,
      successUrl: 'https://shop.example/ok',
      errorUrl: 'https://shop.example/error',
      unverifiedUrl: 'https://shop.example/pending',
      // Checked by the SSRF guard at creation: a host that resolves (shop.example does not); nothing listens there.
      callbackUrl: 'http://127.0.0.1:9/shop-hook',
      externalRef: 'order-7',
    };
    const response = await post(body);
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      clientId: 'c-1',
      flow: 'DOCUMENT',
      documents: ['PASSPORT'],
      country: 'LT',
      language: 'lt',
      expiryTime: 3600,
      sessionLength: 300,
      successUrl: body.successUrl,
      errorUrl: body.errorUrl,
      unverifiedUrl: body.unverifiedUrl,
      callbackUrl: body.callbackUrl,
      externalRef: 'order-7',
      supplied: {
        firstName: 'Jonas',
        lastName: 'Jonaitis',
        dateOfBirth: '1990-05-17',
        documentNumber: 'AB123456',
        personalNumber: '39005170000',
        nationality: 'LT',
        sex: 'M',
        dateOfIssue: '2020-01-02',
        dateOfExpiry: '2030-01-01',
        email: 'jonas@example.com',
        phone: '+37060000000',
      },
    });
  });

  test.each([
    ['missing clientId', { clientId: undefined }, 'clientId'],
    ['empty clientId', { clientId: '' }, 'clientId'],
    ['clientId over 100', { clientId: 'x'.repeat(101) }, 'clientId'],
    ['expiryTime below 60', { expiryTime: 59 }, 'expiryTime'],
    ['expiryTime above 30 days', { expiryTime: 2_592_001 }, 'expiryTime'],
    ['expiryTime not an integer', { expiryTime: 100.5 }, 'expiryTime'],
    ['sessionLength below 60', { sessionLength: 59 }, 'sessionLength'],
    ['sessionLength above 3600', { sessionLength: 3601 }, 'sessionLength'],
    ['unknown flow', { flow: 'VIDEO' }, 'flow'],
    ['unknown document', { documents: ['LIBRARY_CARD'] }, 'documents.0'],
    ['empty documents', { documents: [] }, 'documents'],
    ['bad date of birth', { dateOfBirth: '17/05/1990' }, 'dateOfBirth'],
    ['name with digits', { firstName: 'J0nas' }, 'firstName'],
    ['invalid email', { email: 'not-an-email' }, 'email'],
    ['phone not E.164', { phone: '860000000' }, 'phone'],
    ['redirect URL too short', { successUrl: 'a:b' }, 'successUrl'],
    ['redirect URL not http', { errorUrl: 'javascript:alert(1)' }, 'errorUrl'],
    ['redirect URL over 2048', { unverifiedUrl: `https://example.com/${'a'.repeat(2040)}` }, 'unverifiedUrl'],
    ['externalRef over 40', { externalRef: 'x'.repeat(41) }, 'externalRef'],
    ['unsupported language', { language: 'xx' }, 'language'],
    ['country not alpha-2', { country: 'LTU' }, 'country'],
    ['unknown field', { colour: 'blue' }, 'colour'],
    ['send.email without an email', { send: { email: true } }, 'send.email'],
    ['send.sms without a phone', { send: { sms: true } }, 'send.sms'],
  ])('%s → 422 naming the field, nothing created', async (_label, fields, field) => {
    const response = await post({ clientId: 'c', ...fields });
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe('VALIDATION_ERROR');
    expect(response.json.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await api.db.session.count({ where: { accountId: account.accountId } })).toBe(0);
  });

  test('send at creation without a provider configured: the message waits in the outbox, marked as not sent', async () => {
    const response = await post({ clientId: 'c', email: 'p@example.com', language: 'lt', send: { email: true } });
    expect(response.status).toBe(201);
    const outbox = await eventually(
      () => call(api.baseUrl, 'GET', '/api/v1/outbox', { auth: account.auth }),
      (list) => list.json.data.length === 1,
    );
    const [message] = outbox.json.data;
    expect(message).toMatchObject({ sessionId: response.json.id, channel: 'email', kind: 'INVITATION', status: 'OUTBOX', provider: 'outbox', to: 'p@example.com' });
    // The shared test worker's PUBLIC_BASE_URL differs from this API's: compare the link's path.
    const link = (response.json.redirectUrl as string).slice((response.json.redirectUrl as string).indexOf('/v/'));
    expect(message.text).toContain(link);
    expect(message.html).toContain(link);
    const events = await api.db.event.findMany({ where: { entityId: response.json.id, type: 'session.message_sent' } });
    expect(events.map((event) => (event.payload as { status: string }).status)).toEqual(['OUTBOX']);
  });

  test('malformed JSON → 400 BAD_JSON', async () => {
    const response = await post('{"clientId": ');
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('BAD_JSON');
  });

  test('out of credits → 402 INSUFFICIENT_CREDITS; concurrent creations never overdraw', async () => {
    const poor = await createTestAccount(api.db, 3);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => call(api.baseUrl, 'POST', '/api/v1/sessions', { auth: poor.auth, body: { clientId: `c${i}` } })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 201, 201, ...Array(9).fill(402)]);
    for (const refused of responses.filter((response) => response.status === 402)) expect(refused.json.error.code).toBe('INSUFFICIENT_CREDITS');
    const stored = await api.db.account.findUniqueOrThrow({ where: { id: poor.accountId } });
    expect({ balance: stored.creditBalance, reserved: stored.creditReserved }).toEqual({ balance: 3, reserved: 3 });
    expect(await api.db.session.count({ where: { accountId: poor.accountId } })).toBe(3);
    expect(await api.db.creditLedgerEntry.count({ where: { accountId: poor.accountId, type: 'RESERVE' } })).toBe(3);
  });

  test('Idempotency-Key: a retry returns the same session (and link) without reserving twice', async () => {
    const first = await post({ clientId: 'idem' }, { 'Idempotency-Key': 'create-idem-1' });
    const again = await post({ clientId: 'idem' }, { 'Idempotency-Key': 'create-idem-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json).toEqual(first.json);
    expect(await api.db.session.count({ where: { accountId: account.accountId } })).toBe(1);
    const reused = await post({ clientId: 'other' }, { 'Idempotency-Key': 'create-idem-1' });
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('reading and acting on sessions', () => {
  test('list filters by status, clientId, linkId and creation time, with a cursor', async () => {
    const created = [];
    for (const clientId of ['alice', 'bob', 'alice', 'carol']) created.push(await createSessionByApi(api, account, { clientId }));
    const list = (query: string) => call(api.baseUrl, 'GET', `/api/v1/sessions${query}`, { auth: account.auth });

    const alice = await list('?clientId=alice');
    expect(alice.json.data.map((s: { id: string }) => s.id)).toEqual([created[2]!.id, created[0]!.id]);

    const page1 = await list('?limit=3');
    expect(page1.json.data).toHaveLength(3);
    const page2 = await list(`?limit=3&cursor=${page1.json.nextCursor}`);
    expect(page2.json.data.map((s: { id: string }) => s.id)).toEqual([created[0]!.id]);
    expect(page2.json.nextCursor).toBeNull();

    expect((await list('?status=ACTIVE')).json.data).toHaveLength(4);
    expect((await list('?status=APPROVED')).json.data).toHaveLength(0);
    expect((await list('?linkId=lnk_none')).json.data).toHaveLength(0);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await list(`?createdFrom=${future}`)).json.data).toHaveLength(0);
    expect((await list(`?createdTo=${future}`)).json.data).toHaveLength(4);
    expect((await list('?status=SOMETHING')).status).toBe(422);
    expect((await list('?createdFrom=yesterday')).status).toBe(422);
  });

  test('/metrics counts sessions by status from the database', async () => {
    const before = await sessionsGauge('CANCELLED');
    const session = await createSessionByApi(api, account);
    await call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/cancel`, { auth: account.auth });
    expect(await sessionsGauge('CANCELLED')).toBe(before + 1);
    expect(await sessionsGauge('CANCELLED')).toBe(await api.db.session.count({ where: { status: 'CANCELLED' } }));
  });

  test("another account's session is 404", async () => {
    const session = await createSessionByApi(api, account);
    const stranger = await createTestAccount(api.db, 1);
    const response = await call(api.baseUrl, 'GET', `/api/v1/sessions/${session.id}`, { auth: stranger.auth });
    expect(response.status).toBe(404);
    expect(response.json.error.code).toBe('NOT_FOUND');
  });

  test('cancel an active session: CANCELLED, credit released once, event logged; a second cancel is 409', async () => {
    const session = await createSessionByApi(api, account);
    const cancelled = await call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/cancel`, { auth: account.auth });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.status.overall).toBe('CANCELLED');
    expect(cancelled.json.final).toBe(true);
    expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'RELEASE']);
    const credits = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth });
    expect(credits.json.credits).toEqual({ balance: 10, reserved: 0, available: 10 });
    const again = await call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/cancel`, { auth: account.auth });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('INVALID_STATE');
    // The hosted page now tells the person the session is over.
    const page = await fetch(`${api.baseUrl}/v/${session.token}/status`);
    expect(((await page.json()) as { status: string }).status).toBe('CANCELLED');
  });

  test('review outside REVIEWING → 409; a denial without reasons → 422', async () => {
    const session = await createSessionByApi(api, account);
    const review = (body: unknown) => call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/review`, { auth: account.auth, body });
    expect((await review({ decision: 'DENIED' })).json.error).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'reasons' }] });
    const early = await review({ decision: 'APPROVED' });
    expect(early.status).toBe(409);
    expect(early.json.error.code).toBe('INVALID_STATE');
    expect(await api.db.review.count({ where: { sessionId: session.id } })).toBe(0);
  });

  test('send → 202 and one more message; no phone for SMS → 422; bad channel → 422; cancelled → 409', async () => {
    const session = await createSessionByApi(api, account, { email: 'p@example.com' });
    const send = (body: unknown) => call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/send`, { auth: account.auth, body });
    const sent = await send({ channel: 'email' });
    expect(sent.status).toBe(202);
    expect(sent.json).toEqual({ sessionId: session.id, channel: 'email', status: 'QUEUED' });
    await eventually(() => api.db.message.count({ where: { sessionId: session.id } }), (count) => count === 1);
    expect((await send({ channel: 'sms' })).json.error.code).toBe('VALIDATION_ERROR');
    expect((await send({ channel: 'pigeon' })).status).toBe(422);
    await call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/cancel`, { auth: account.auth });
    expect((await send({ channel: 'email' })).status).toBe(409);
  });

  test('deleting data of an active session → 409', async () => {
    const session = await createSessionByApi(api, account);
    const response = await call(api.baseUrl, 'DELETE', `/api/v1/sessions/${session.id}/data`, { auth: account.auth });
    expect(response.status).toBe(409);
    expect(response.json.error.code).toBe('INVALID_STATE');
  });
});

describe('iDenfy-compatible endpoints', () => {
  const idenfy = (path: string, body: unknown, auth = account.auth) => call(api.baseUrl, 'POST', `/api/v2/${path}`, { auth, body });

  test("POST /api/v2/token with iDenfy's documented body answers iDenfy's response", async () => {
    const response = await idenfy('token', {
      clientId: 'integrator-user-1',
      firstName: 'Jonas',
      lastName: 'Jonaitis',
      successUrl: 'https://www.idenfy.com/success',
      errorUrl: 'https://www.idenfy.com/error',
      unverifiedUrl: 'https://www.idenfy.com/unverified',
      locale: 'lt',
      expiryTime: 600,
      sessionLength: 300,
      documents: ['ID_CARD', 'PASSPORT'],
      tokenType: 'DOCUMENT',
      dateOfBirth: '1990-05-17',
      externalRef: 'ext-1',
      country: 'lt',
      showInstructions: true,
      questionnaire: null,
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      message: 'Token created successfully',
      clientId: 'integrator-user-1',
      firstName: 'JONAS',
      lastName: 'JONAITIS',
      locale: 'lt',
      expiryTime: 600,
      sessionLength: 300,
      documents: ['ID_CARD', 'PASSPORT'],
      tokenType: 'DOCUMENT',
      externalRef: 'ext-1',
      country: 'LT',
      digitString: null,
      showInstructions: true,
    });
    expect(response.json.authToken).toMatch(/^[A-Za-z0-9_-]{40}$/);
    expect(response.json.scanRef).toMatch(/^ses_/);
    expect(response.json.redirectUrl).toBe(`${api.config.http.publicBaseUrl}/api/v2/redirect?authToken=${response.json.authToken}`);

    // The magic link leads into the hosted flow.
    const redirect = await fetch(`${api.baseUrl}/api/v2/redirect?authToken=${response.json.authToken}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(`/v/${response.json.authToken}`);
    const page = await fetch(`${api.baseUrl}/v/${response.json.authToken}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="lt"');

    const session = await api.db.session.findUniqueOrThrow({ where: { id: response.json.scanRef } });
    expect(session).toMatchObject({ flow: 'DOCUMENT', language: 'lt', firstName: 'JONAS' });

    const status = await idenfy('status', { scanRef: response.json.scanRef });
    expect(status.status).toBe(200);
    expect(status.json).toEqual({
      status: 'ACTIVE',
      autoDocument: null,
      autoFace: null,
      manualDocument: null,
      manualFace: null,
      fraudTags: [],
      mismatchTags: [],
      scanRef: response.json.scanRef,
      clientId: 'integrator-user-1',
      externalRef: 'ext-1',
      final: false,
      // Nothing read yet: every document field of iDenfy's data block is null.
      data: expect.objectContaining({ docFirstName: null, docNumber: null, docDob: null, fullName: null, manuallyDataChanged: false }),
    });
  });

  test('an unsupported locale falls back to English; tokenType defaults to IDENTIFICATION', async () => {
    const response = await idenfy('token', { clientId: 'x', locale: 'ja' });
    expect(response.json).toMatchObject({ locale: 'en', tokenType: 'IDENTIFICATION' });
    const session = await api.db.session.findUniqueOrThrow({ where: { id: response.json.scanRef } });
    expect(session.flow).toBe('DOCUMENT_AND_SELFIE');
    // Unlike /api/v1, iDenfy's API has a default locale: no locale stores English, as iDenfy would.
    const unset = await idenfy('token', { clientId: 'y' });
    expect(unset.json.locale).toBe('en');
    expect((await api.db.session.findUniqueOrThrow({ where: { id: unset.json.scanRef } })).language).toBe('en');
  });

  test("errors come in iDenfy's shape", async () => {
    const missing = await idenfy('token', { firstName: 'Jonas' });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ identifier: 'MISSING_VALUE', message: expect.stringContaining('clientId') });

    const bad = await idenfy('token', { clientId: 'x', expiryTime: 10 });
    expect(bad.status).toBe(400);
    expect(bad.json.identifier).toBe('BAD_VALUE');
    expect(bad.json.message).toContain('expiryTime');

    const unauthorized = await idenfy('token', { clientId: 'x' }, 'Basic bm9wZTpub3Bl');
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.json.identifier).toBe('UNAUTHORIZED');

    const json = await call(api.baseUrl, 'POST', '/api/v2/token', { auth: account.auth, body: '{"clientId":' });
    expect(json.status).toBe(400);
    expect(json.json.identifier).toBe('JSON_ERROR');

    const broke = await createTestAccount(api.db, 0);
    const funds = await idenfy('token', { clientId: 'x' }, broke.auth);
    expect(funds.status).toBe(402);
    expect(funds.json).toEqual({ identifier: 'PERMISSIONS_ERROR', message: 'Action not allowed due to lack of funds or exceeded limit.' });

    const unknown = await idenfy('status', { scanRef: 'ses_unknown' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.identifier).toBe('BAD_VALUE');

    const badToken = await fetch(`${api.baseUrl}/api/v2/redirect?authToken=nope`, { redirect: 'manual' });
    expect(badToken.status).toBe(404);
  });
});
