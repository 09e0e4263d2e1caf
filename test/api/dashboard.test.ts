/**
 * Dashboard: sign-in (the session cookie's flags, wrong credentials, CSRF rejection, sign-out, an operator session
 * that ends after its configured lifetime), the credits page with real figures, and sessions: list, filter, detail
 * with the decrypted images, a review decided through the page's form, links with QR codes and funnels, the outbox.
 */
import { hashPassword } from '../../lib/secrets';
import { newId } from '../../lib/ids';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { documentBackJpeg, documentFrontJpeg, selfieJpeg } from '../support/images';
import { createSessionByApi, hostedFlow } from '../support/sessions';
import { click, createLink, eventually } from '../support/links';
import { answerStatus, startReceiver } from '../support/receivers';

let api: TestApi;
let account: TestAccount;
const password = 'correct horse battery staple';
let email: string;

beforeAll(async () => {
  api = await startTestApi({ DASHBOARD_SESSION_SECONDS: '2' });
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 42);
  email = `ops-${Date.now()}@example.com`;
  await api.db.dashboardUser.create({ data: { id: newId('dashboardUser'), accountId: account.accountId, email, passwordHash: await hashPassword(password), role: 'ADMIN' } });
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (path: string, body: string, cookie?: string) =>
  fetch(api.baseUrl + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body,
  });
const get = (path: string, cookie?: string) => fetch(api.baseUrl + path, { redirect: 'manual', headers: cookie ? { cookie } : {} });

async function signIn(): Promise<{ cookie: string; setCookie: string }> {
  const response = await post('/dashboard/login', form({ email, password }));
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/dashboard');
  const setCookie = response.headers.get('set-cookie')!;
  return { cookie: setCookie.split(';')[0]!, setCookie };
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;

test('signing in sets an HttpOnly, SameSite=Strict cookie for /dashboard, and the credits page shows the credits', async () => {
  const { cookie, setCookie } = await signIn();
  expect(setCookie).toMatch(/^mld_session=[A-Za-z0-9_-]{43}; Path=\/dashboard; Expires=.+; HttpOnly; SameSite=Strict$/);
  const page = await get('/dashboard/credits', cookie);
  expect(page.status).toBe(200);
  expect(page.headers.get('cache-control')).toBe('no-store');
  const html = await page.text();
  expect(html).toContain('<div class="label">Balance</div><div class="value">42</div>');
  expect(html).toContain('<div class="label">Available</div><div class="value">42</div>');
  expect(html).toContain('TOPUP');
  expect(html).toContain(encodeURIComponent(`AccountId = "${account.accountId}"`));
});

test('wrong password or unknown email: 401, the same message, no cookie', async () => {
  for (const fields of [{ email, password: 'nope' }, { email: 'nobody@example.com', password }]) {
    const response = await post('/dashboard/login', form(fields));
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toContain('The email or password is not right.');
  }
});

test('without a session the dashboard sends to the sign-in page', async () => {
  const response = await get('/dashboard');
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/dashboard/login?next=%2Fdashboard');
});

test('sign-out needs the CSRF token: refused without it, accepted with it, and the session is gone', async () => {
  const { cookie } = await signIn();
  const refused = await post('/dashboard/logout', form({}), cookie);
  expect(refused.status).toBe(403);
  expect((await get('/dashboard', cookie)).status).toBe(200);
  const forged = await post('/dashboard/logout', form({ _csrf: 'x'.repeat(43) }), cookie);
  expect(forged.status).toBe(403);

  const csrf = csrfOf(await (await get('/dashboard', cookie)).text());
  const signedOut = await post('/dashboard/logout', form({ _csrf: csrf }), cookie);
  expect(signedOut.status).toBe(303);
  expect(signedOut.headers.get('location')).toBe('/dashboard/login');
  expect((await get('/dashboard', cookie)).status).toBe(303);
});

test('a sign-in form posted from another site is refused', async () => {
  const response = await fetch(`${api.baseUrl}/dashboard/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
    body: form({ email, password }),
  });
  expect(response.status).toBe(403);
});

test('an operator session ends after its configured lifetime (2 s here)', async () => {
  const { cookie } = await signIn();
  expect((await get('/dashboard', cookie)).status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 2_200));
  const expired = await get('/dashboard', cookie);
  expect(expired.status).toBe(303);
  expect(expired.headers.get('location')).toMatch(/^\/dashboard\/login/);
  expect(await api.db.dashboardSession.count({ where: { user: { email } } })).toBe(0);
});

describe('sections', () => {
  let longLived: TestApi;
  beforeAll(async () => {
    longLived = await startTestApi();
  });
  afterAll(async () => {
    await longLived.close();
  });

  async function signInTo(target: TestApi): Promise<string> {
    const response = await fetch(`${target.baseUrl}/dashboard/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ email, password }),
    });
    return response.headers.get('set-cookie')!.split(';')[0]!;
  }

  test('list, filter, detail with images, and a review through the form (CSRF required)', async () => {
    const session = await createSessionByApi(longLived, account, { clientId: 'dash-client', firstName: 'Ona' });
    const flow = hostedFlow(longLived, session.token);
    await flow.start();
    for (const [kind, image] of [['FRONT', await documentFrontJpeg(777)], ['BACK', await documentBackJpeg(777)], ['FACE', await selfieJpeg(777)]] as const) {
      expect((await flow.upload(kind, image)).status).toBe(201);
    }
    await flow.submit('ID_CARD');
    await eventually(flow.status, (response) => response.json.view.phase === 'DONE');

    const cookie = await signInTo(longLived);
    const page = (path: string) => fetch(longLived.baseUrl + path, { redirect: 'manual', headers: { cookie } });
    const list = await (await page('/dashboard/sessions?status=REVIEWING')).text();
    expect(list).toContain(`href="/dashboard/sessions/${session.id}"`);
    expect(await (await page('/dashboard/sessions?status=APPROVED')).text()).toContain('No sessions match.');

    const detail = await (await page(`/dashboard/sessions/${session.id}`)).text();
    const imagePaths = [...detail.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]!);
    expect(imagePaths).toHaveLength(3);
    expect(detail).toContain('<dt>firstName</dt><dd>Ona</dd>');
    const image = await page(imagePaths[0]!);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await image.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // Another account's operator sees neither the session nor its images.
    const otherAccount = await createTestAccount(longLived.db, 1);
    const otherEmail = `other-${Date.now()}@example.com`;
    await longLived.db.dashboardUser.create({ data: { id: newId('dashboardUser'), accountId: otherAccount.accountId, email: otherEmail, passwordHash: await hashPassword(password), role: 'ADMIN' } });
    const otherCookie = (
      await fetch(`${longLived.baseUrl}/dashboard/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form({ email: otherEmail, password }) })
    ).headers.get('set-cookie')!.split(';')[0]!;
    expect((await fetch(longLived.baseUrl + imagePaths[0]!, { headers: { cookie: otherCookie } })).status).toBe(404);

    const review = (fields: Record<string, string>) =>
      fetch(`${longLived.baseUrl}/dashboard/sessions/${session.id}/review`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: form(fields),
      });
    expect((await review({ decision: 'APPROVED' })).status).toBe(403);
    const csrf = csrfOf(detail);
    const refused = await review({ _csrf: csrf, decision: 'DENIED' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('A denial needs at least one reason: tick one, or type its code below.');
    const decided = await review({ _csrf: csrf, decision: 'APPROVED', 'data.firstName': 'Ona', note: 'clear photos' });
    expect(decided.status).toBe(303);
    const row = await longLived.db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.status).toBe('APPROVED');
    expect(await (await page(`/dashboard/sessions/${session.id}`)).text()).toContain('session.manual_finished');
  });

  test('links: list, detail with the public URL, QR code and funnel; the outbox lists messages not sent', async () => {
    const cookie = await signInTo(longLived);
    const page = (path: string) => fetch(longLived.baseUrl + path, { redirect: 'manual', headers: { cookie } });
    const link = await createLink(longLived, account, { name: 'Spring poster', usage: { type: 'MULTI', maxUses: 10 } });
    expect((await click(longLived.baseUrl, link.slug)).status).toBe(303);

    const list = await (await page('/dashboard/links')).text();
    expect(list).toContain(`<a href="/dashboard/links/${link.id}">Spring poster</a>`);
    expect(list).toContain('<td>1 / 10</td>');
    const detail = await (await page(`/dashboard/links/${link.id}`)).text();
    expect(detail).toContain(`value="${link.url}"`);
    expect(detail).toContain('<div class="label">clicks</div><div class="value">1</div>');
    const qr = await page(`/dashboard/links/${link.id}/qr.png`);
    expect(qr.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await qr.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');

    await createSessionByApi(longLived, account, { email: 'outbox@example.com', send: { email: true } });
    await eventually(() => longLived.db.message.count({ where: { accountId: account.accountId } }), (count) => count === 1);
    const outbox = await (await page('/dashboard/outbox')).text();
    expect(outbox).toContain('outbox@example.com');
    expect(outbox).toContain('<strong>not sent</strong>');
  });
  test('webhooks: endpoints, deliveries with every attempt, and "send again" (CSRF) as a new series', async () => {
    const receiver = await startReceiver();
    try {
      receiver.answer(answerStatus(410));
      const created = await fetch(`${longLived.baseUrl}/api/v1/webhook-endpoints`, {
        method: 'POST',
        headers: { authorization: account.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ url: receiver.url }),
      });
      const endpoint = (await created.json()) as { id: string };
      await fetch(`${longLived.baseUrl}/api/v1/webhook-endpoints/${endpoint.id}/test`, { method: 'POST', headers: { authorization: account.auth } });
      await eventually(() => longLived.db.delivery.findFirst({ where: { endpointId: endpoint.id } }), (delivery) => delivery?.status === 'FAILED');

      const cookie = await signInTo(longLived);
      const page = (path: string) => fetch(longLived.baseUrl + path, { redirect: 'manual', headers: { cookie } });
      expect(await (await page('/dashboard/webhooks')).text()).toContain(`<a href="/dashboard/webhooks/${endpoint.id}">${receiver.url}</a>`);
      const detail = await (await page(`/dashboard/webhooks/${endpoint.id}`)).text();
      expect(detail).toContain('attempt 1 · HTTP 410');
      const action = /action="(\/dashboard\/deliveries\/[^"]+\/retry)"/.exec(detail)![1]!;

      receiver.answer(answerStatus(204));
      const retried = await fetch(longLived.baseUrl + action, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: form({ _csrf: csrfOf(detail) }),
      });
      expect(retried.status).toBe(303);
      await eventually(() => longLived.db.delivery.findFirst({ where: { endpointId: endpoint.id } }), (delivery) => delivery?.status === 'DELIVERED');
      expect(await (await page(`/dashboard/webhooks/${endpoint.id}`)).text()).toContain('series 2 attempt 1 · HTTP 204');
      expect(new Set(receiver.requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    } finally {
      await receiver.close();
    }
  });
});
