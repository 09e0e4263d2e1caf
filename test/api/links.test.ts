/**
 * Reusable links through the HTTP contract (API.md "Reusable links", "Public link endpoints"): the management API,
 * the public landing page and click, the hosted page a click leads to, and QR codes, against the real API, Temporal
 * server, worker and PostgreSQL. Concurrency, continue-as-new, credits and expiry are in workflows/magic-link.test.ts.
 */
import escapeHtml from 'escape-html';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { messagesFor } from '../../api/hosted/i18n';
import { WORKFLOW_TYPES, workflowIds } from '../../workflows/definitions';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { click, createLink, eventually, type CreatedLink } from '../support/links';

/** An explicit public base URL, so every URL the API hands out can be asserted exactly. */
const PUBLIC_BASE_URL = 'https://verify.example.test';
const SLUG = '[1-9A-HJ-NP-Za-km-z]{10}';
const TOKEN = '[A-Za-z0-9_-]{40}';
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.135 Mobile Safari/537.36';
const SLACKBOT = 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)';
const FACEBOOK = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_BASE_URL });
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 100);
});

const getLink = (id: string, auth = account.auth) => call(api.baseUrl, 'GET', `/api/v1/links/${id}`, { auth });
const postLink = (body: unknown, headers: Record<string, string> = {}) => call(api.baseUrl, 'POST', '/api/v1/links', { auth: account.auth, body, headers });
const patchLink = (id: string, body: unknown) => call(api.baseUrl, 'PATCH', `/api/v1/links/${id}`, { auth: account.auth, body });
const deactivate = (id: string) => call(api.baseUrl, 'POST', `/api/v1/links/${id}/deactivate`, { auth: account.auth });
const stats = async (id: string) => (await call(api.baseUrl, 'GET', `/api/v1/links/${id}/stats`, { auth: account.auth })).json;
const listLinks = async (query: string) => (await call(api.baseUrl, 'GET', `/api/v1/links${query}`, { auth: account.auth })).json;

/** A public page as a browser asks for it (HTML, a phone's Chrome), redirects not followed. */
async function page(path: string, options: { method?: string; userAgent?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(api.baseUrl + path, {
    method: options.method ?? 'GET',
    headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'user-agent': options.userAgent ?? CHROME_ANDROID, ...options.headers },
    redirect: 'manual',
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The test server's address for a URL the API built on the public base URL. */
function local(publicUrl: string): string {
  expect(publicUrl.startsWith(`${PUBLIC_BASE_URL}/`)).toBe(true);
  return publicUrl.slice(PUBLIC_BASE_URL.length);
}

async function linkRow(id: string) {
  return api.db.link.findUniqueOrThrow({ where: { id } });
}

describe('POST /api/v1/links', () => {
  test('201 with the full link object; settings are echoed and the public URLs built on the base URL', async () => {
    const before = Date.now();
    const response = await postLink({
      name: 'Spring campaign',
      flow: 'DOCUMENT',
      usage: { type: 'MULTI', maxUses: 5 },
      // An offset is accepted and normalised to UTC.
      expiresAt: '2099-06-01T12:30:00+02:00',
      language: 'lt',
      successUrl: 'https://shop.example/ok',
      errorUrl: 'https://shop.example/error',
      callbackUrl: 'http://127.0.0.1:9/link',
    });
    expect(response.status).toBe(201);
    const id = response.json.id as string;
    expect(response.json).toEqual({
      id: expect.stringMatching(/^lnk_[0-9a-z]{29}$/),
      name: 'Spring campaign',
      flow: 'DOCUMENT',
      usage: { type: 'MULTI', maxUses: 5 },
      status: 'ACTIVE',
      usesConsumed: 0,
      usesRemaining: 5,
      views: 0,
      expiresAt: '2099-06-01T10:30:00.000Z',
      language: 'lt',
      successUrl: 'https://shop.example/ok',
      errorUrl: 'https://shop.example/error',
      callbackUrl: 'http://127.0.0.1:9/link',
      url: expect.stringMatching(new RegExp(`^https://verify\\.example\\.test/l/${SLUG}$`)),
      qrCodeUrl: `${PUBLIC_BASE_URL}/api/v1/links/${id}/qr.svg`,
      branding: { businessName: null, accentColor: null, supportContact: null, privacyPolicyUrl: null, logoUrl: null },
      temporalUrl: `http://localhost:8233/namespaces/default/workflows/${encodeURIComponent(`link:${id}`)}`,
      createdAt: expect.any(String),
    });
    const createdAt = Date.parse(response.json.createdAt);
    expect(new Date(createdAt).toISOString()).toBe(response.json.createdAt);
    expect(createdAt).toBeGreaterThanOrEqual(before - 1_000);
    expect(createdAt).toBeLessThanOrEqual(Date.now() + 1_000);
    // The link is live as soon as the 201 is out: its workflow runs and GET returns the same object.
    expect((await getLink(id)).json).toEqual(response.json);
    const described = await api.temporal.workflow.getHandle(workflowIds.magicLink(id)).describe();
    expect({ type: described.type, status: described.status.name }).toEqual({ type: WORKFLOW_TYPES.magicLink, status: 'RUNNING' });
  });

  test("SINGLE has maxUses 1; UNLIMITED has maxUses and usesRemaining null; defaults: the browser's language (null), no expiry, no URLs", async () => {
    const single = await postLink({ name: 'One person', flow: 'SELFIE', usage: { type: 'SINGLE' } });
    expect(single.status).toBe(201);
    expect(single.json).toMatchObject({
      usage: { type: 'SINGLE', maxUses: 1 },
      usesRemaining: 1,
      expiresAt: null,
      language: null,
      successUrl: null,
      errorUrl: null,
      callbackUrl: null,
    });
    const fetched = await getLink(single.json.id);
    expect(fetched.json.language).toBeNull();
    const unlimited = await postLink({ name: 'Poster', flow: 'DOCUMENT_AND_SELFIE', usage: { type: 'UNLIMITED' } });
    expect(unlimited.status).toBe(201);
    expect(unlimited.json).toMatchObject({ usage: { type: 'UNLIMITED', maxUses: null }, usesConsumed: 0, usesRemaining: null, status: 'ACTIVE' });
    // Every link has its own public slug.
    expect(unlimited.json.url).not.toBe(single.json.url);
  });

  test('Idempotency-Key: a replay returns the same link, and only one link and one workflow exist', async () => {
    const body = { name: 'Retried', flow: 'DOCUMENT', usage: { type: 'MULTI', maxUses: 3 } };
    const first = await postLink(body, { 'Idempotency-Key': 'create-link-1' });
    const replay = await postLink(body, { 'Idempotency-Key': 'create-link-1' });
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(first.json);
    expect(await api.db.link.count({ where: { accountId: account.accountId } })).toBe(1);

    const reused = await postLink({ ...body, name: 'Another' }, { 'Idempotency-Key': 'create-link-1' });
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const query = `WorkflowType = "${WORKFLOW_TYPES.magicLink}" AND AccountId = "${account.accountId}"`;
    const workflowIdsOfAccount = async () => {
      const found: string[] = [];
      for await (const execution of api.temporal.workflow.list({ query })) found.push(execution.workflowId);
      return found;
    };
    // Visibility is eventually consistent: wait for the first, then there must be no other.
    await eventually(workflowIdsOfAccount, (found) => found.length > 0);
    expect(await workflowIdsOfAccount()).toEqual([workflowIds.magicLink(first.json.id)]);
    expect(await api.db.link.count({ where: { accountId: account.accountId } })).toBe(1);
  });

  const valid = { name: 'Valid', flow: 'DOCUMENT', usage: { type: 'MULTI', maxUses: 10 } };
  test.each<[string, Record<string, unknown>, string]>([
    ['MULTI without maxUses', { usage: { type: 'MULTI' } }, 'usage.maxUses'],
    ['maxUses 0', { usage: { type: 'MULTI', maxUses: 0 } }, 'usage.maxUses'],
    ['maxUses 1 (that is SINGLE)', { usage: { type: 'MULTI', maxUses: 1 } }, 'usage.maxUses'],
    ['maxUses 10^9', { usage: { type: 'MULTI', maxUses: 1_000_000_000 } }, 'usage.maxUses'],
    ['maxUses 2.5', { usage: { type: 'MULTI', maxUses: 2.5 } }, 'usage.maxUses'],
    ['an unknown usage type', { usage: { type: 'DOUBLE' } }, 'usage.type'],
    ['expiresAt in the past', { expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt'],
    ['expiresAt not a date', { expiresAt: 'next tuesday' }, 'expiresAt'],
    ['expiresAt as a number', { expiresAt: 4_102_444_800 }, 'expiresAt'],
    ['an unknown flow', { flow: 'FINGERPRINT' }, 'flow'],
    ['a 10 kB name', { name: 'n'.repeat(10_000) }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a non-http callbackUrl', { callbackUrl: 'ftp://hooks.example/link' }, 'callbackUrl'],
    ['a javascript: successUrl', { successUrl: 'javascript:alert(1)' }, 'successUrl'],
    ['an unsupported language', { language: 'xx' }, 'language'],
    ['a date without a time as expiresAt', { expiresAt: '2099-01-01' }, 'expiresAt'],
  ])('%s → 422 VALIDATION_ERROR naming the field', async (_label, change, field) => {
    const response = await postLink({ ...valid, ...change });
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe('VALIDATION_ERROR');
    // One field may carry more than one message (a non-date is also reported as not in the future).
    expect([...new Set(response.json.error.details.map((detail: { field: string }) => detail.field))]).toEqual([field]);
    expect(await api.db.link.count({ where: { accountId: account.accountId } })).toBe(0);
  });

  test.each<[string, Record<string, unknown>, { field: string; message: string }[]]>([
    ['SINGLE with maxUses', { usage: { type: 'SINGLE', maxUses: 1 } }, [{ field: 'usage.maxUses', message: 'is not a known field' }]],
    ['UNLIMITED with maxUses', { usage: { type: 'UNLIMITED', maxUses: 100 } }, [{ field: 'usage.maxUses', message: 'is not a known field' }]],
    [
      'unknown top-level fields',
      { color: 'red', owner: 'me' },
      [
        { field: 'color', message: 'is not a known field' },
        { field: 'owner', message: 'is not a known field' },
      ],
    ],
  ])('%s → 422 VALIDATION_ERROR naming each unknown key as a field', async (_label, change, details) => {
    const response = await postLink({ ...valid, ...change });
    expect(response.status).toBe(422);
    expect(response.json.error).toEqual({ code: 'VALIDATION_ERROR', message: 'The request body is invalid', details });
    expect(await api.db.link.count({ where: { accountId: account.accountId } })).toBe(0);
  });

  test('a malformed percent-encoding in a path is a 4xx, never a 500', async () => {
    for (const path of ['/l/%E0%A4%A', '/l/%', '/v/%E0%A4%A']) {
      const response = await fetch(api.baseUrl + path);
      expect(response.status).toBe(400);
    }
  });

  test('missing required fields are each named', async () => {
    const response = await postLink({});
    expect(response.status).toBe(422);
    expect(response.json.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['flow', 'name', 'usage']);
  });
});

describe('GET /api/v1/links', () => {
  test('newest first, ?status= filters, limit=1 pages through with nextCursor', async () => {
    const first = await createLink(api, account, { name: 'first', usage: { type: 'UNLIMITED' } });
    const second = await createLink(api, account, { name: 'second', usage: { type: 'UNLIMITED' } });
    const third = await createLink(api, account, { name: 'third', usage: { type: 'UNLIMITED' } });
    expect((await deactivate(second.id)).status).toBe(200);

    const all = await listLinks('');
    expect(all.data.map((link: CreatedLink) => link.name)).toEqual(['third', 'second', 'first']);
    expect(all.nextCursor).toBeNull();
    // Items are full link objects, the same as GET by id.
    expect(all.data[0]).toEqual((await getLink(third.id)).json);

    const active = await listLinks('?status=ACTIVE');
    expect({ names: active.data.map((link: CreatedLink) => link.name), nextCursor: active.nextCursor }).toEqual({ names: ['third', 'first'], nextCursor: null });
    const deactivated = await listLinks('?status=DEACTIVATED');
    expect(deactivated.data.map((link: CreatedLink) => [link.id, link.status])).toEqual([[second.id, 'DEACTIVATED']]);
    expect((await listLinks('?status=EXPIRED')).data).toEqual([]);

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const pageOfLinks: { data: CreatedLink[]; nextCursor: string | null } = await listLinks(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(pageOfLinks.data.map((link) => link.id));
      cursor = pageOfLinks.nextCursor;
    } while (cursor && pages.length < 10);
    expect(pages).toEqual([[third.id], [second.id], [first.id]]);

    const filteredPage = await listLinks('?status=ACTIVE&limit=1');
    expect(filteredPage.data.map((link: CreatedLink) => link.id)).toEqual([third.id]);
    expect((await listLinks(`?status=ACTIVE&limit=1&cursor=${filteredPage.nextCursor}`)).data.map((link: CreatedLink) => link.id)).toEqual([first.id]);
  });

  test('a bad ?status= or ?limit= → 422 naming the parameter', async () => {
    for (const [query, field] of [
      ['?status=active', 'status'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
    ] as const) {
      const response = await call(api.baseUrl, 'GET', `/api/v1/links${query}`, { auth: account.auth });
      expect({ query, status: response.status, code: response.json.error.code, fields: response.json.error.details.map((d: { field: string }) => d.field) }).toEqual({
        query,
        status: 422,
        code: 'VALIDATION_ERROR',
        fields: [field],
      });
    }
  });

  test("another account's link is 404 everywhere, and does not show in its list", async () => {
    const mine = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
    const other = await createTestAccount(api.db, 100);
    for (const [method, path] of [
      ['GET', `/api/v1/links/${mine.id}`],
      ['PATCH', `/api/v1/links/${mine.id}`],
      ['POST', `/api/v1/links/${mine.id}/deactivate`],
      ['GET', `/api/v1/links/${mine.id}/stats`],
      ['GET', `/api/v1/links/${mine.id}/qr.png`],
      ['GET', `/api/v1/links/${mine.id}/qr.svg`],
    ] as const) {
      const response = await call(api.baseUrl, method, path, { auth: other.auth, body: method === 'PATCH' ? { name: 'stolen' } : undefined });
      expect({ method, path, status: response.status, json: response.json }).toEqual({
        method,
        path,
        status: 404,
        json: { error: { code: 'NOT_FOUND', message: `Link ${mine.id} not found` } },
      });
    }
    expect((await call(api.baseUrl, 'GET', '/api/v1/links', { auth: other.auth })).json).toEqual({ data: [], nextCursor: null });
    // Nothing the other account tried changed the link.
    expect((await getLink(mine.id)).json).toMatchObject({ name: 'Test link', status: 'ACTIVE' });
  });

  test('an unknown id → 404 NOT_FOUND; an over-long one → 422; no credentials → 401', async () => {
    const unknown = await getLink('lnk_000000000aaaaaaaaaaaaaaaaaaaa');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ error: { code: 'NOT_FOUND', message: 'Link lnk_000000000aaaaaaaaaaaaaaaaaaaa not found' } });
    const garbage = await getLink('not-a-link-id');
    expect(garbage.status).toBe(404);
    expect(garbage.json.error.code).toBe('NOT_FOUND');
    const tooLong = await getLink('x'.repeat(65));
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.error.details).toEqual([{ field: 'id', message: expect.any(String) }]);
    const anonymous = await call(api.baseUrl, 'GET', '/api/v1/links');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('UNAUTHORIZED');
  });
});

describe('PATCH /api/v1/links/{id}', () => {
  test('the name can change', async () => {
    const link = await createLink(api, account, { name: 'Old name', usage: { type: 'MULTI', maxUses: 4 } });
    const renamed = await patchLink(link.id, { name: '  New name  ' });
    expect(renamed.status).toBe(200);
    expect(renamed.json).toEqual({ ...(await getLink(link.id)).json, name: 'New name' });
    expect(renamed.json).toMatchObject({ id: link.id, usage: { type: 'MULTI', maxUses: 4 }, url: link.url });
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['usage', { usage: { type: 'UNLIMITED' } }, ['usage']],
    ['maxUses', { maxUses: 1_000 }, ['maxUses']],
    ['expiresAt', { expiresAt: '2099-01-01T00:00:00Z' }, ['expiresAt']],
    ['expiresAt: null', { expiresAt: null }, ['expiresAt']],
    ['name with expiresAt', { name: 'Renamed', expiresAt: '2099-01-01T00:00:00Z' }, ['expiresAt']],
    ['name with usage and maxUses', { name: 'Renamed', usage: { type: 'MULTI', maxUses: 50 }, maxUses: 50 }, ['usage', 'maxUses']],
  ])('a body with %s → 422 NO_RENEWALS, nothing changes', async (_label, body, fields) => {
    const link = await createLink(api, account, { name: 'Fixed', usage: { type: 'MULTI', maxUses: 2 }, expiresAt: '2098-01-01T00:00:00.000Z' });
    const before = await linkRow(link.id);
    const response = await patchLink(link.id, body);
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe('NO_RENEWALS');
    expect(response.json.error.details.map((detail: { field: string }) => detail.field)).toEqual(fields);
    expect(await linkRow(link.id)).toEqual(before);
    expect((await getLink(link.id)).json).toMatchObject({ name: 'Fixed', usage: { type: 'MULTI', maxUses: 2 }, expiresAt: '2098-01-01T00:00:00.000Z' });
  });

  test('an unknown field, a bad name or nothing to change → 422 VALIDATION_ERROR, nothing changes', async () => {
    const link = await createLink(api, account, { name: 'Fixed', usage: { type: 'UNLIMITED' } });
    for (const [body, field] of [
      [{ name: 'Renamed', status: 'ACTIVE' }, 'status'],
      [{ language: 'de' }, 'language'],
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{}, 'body'],
    ] as const) {
      const response = await patchLink(link.id, body);
      expect({ body, status: response.status, code: response.json.error.code, fields: response.json.error.details.map((d: { field: string }) => d.field) }).toEqual({
        body,
        status: 422,
        code: 'VALIDATION_ERROR',
        fields: expect.arrayContaining([field]),
      });
    }
    expect((await getLink(link.id)).json.name).toBe('Fixed');
  });
});

describe('POST /api/v1/links/{id}/deactivate', () => {
  test('200 DEACTIVATED, idempotent; afterwards the public link is 410 LINK_DEACTIVATED as JSON and as HTML', async () => {
    const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
    const first = await deactivate(link.id);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ ...(await getLink(link.id)).json, status: 'DEACTIVATED' });
    const again = await deactivate(link.id);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect((await linkRow(link.id)).status).toBe('DEACTIVATED');

    const json = await click(api.baseUrl, link.slug);
    expect({ status: json.status, json: json.json, location: json.location }).toEqual({
      status: 410,
      json: { error: { code: 'LINK_DEACTIVATED', message: 'This link was deactivated' } },
      location: null,
    });
    const heading = escapeHtml(messagesFor('en').linkUnavailable.LINK_DEACTIVATED.heading);
    const html = await page(`/l/${link.slug}`, { method: 'POST' });
    expect(html.status).toBe(410);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.text).toContain(heading);
    const landing = await page(`/l/${link.slug}`);
    expect(landing.status).toBe(410);
    expect(landing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(landing.text).toContain(heading);
    expect(landing.text).not.toContain('id="start"');
    // Nothing was used, and a page of an inactive link is not a view.
    expect(await linkRow(link.id)).toMatchObject({ usesConsumed: 0, views: 0 });
    expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(0);
  });
});

describe('landing page views', () => {
  test('a browser GET shows the Start form in the link language and records one view; ?lang= switches language', async () => {
    const link = await createLink(api, account, { flow: 'DOCUMENT', usage: { type: 'MULTI', maxUses: 3 }, language: 'lt' });
    const landing = await page(`/l/${link.slug}`);
    expect(landing.status).toBe(200);
    expect(landing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(landing.headers.get('cache-control')).toBe('no-store');
    expect(landing.text).toContain('<html lang="lt">');
    expect(landing.text).toContain(`<form method="post" action="/l/${link.slug}">`);
    // The link's own language is not the person's choice: nothing is remembered.
    expect(landing.headers.get('set-cookie')).toBeNull();
    const lt = messagesFor('lt').landing;
    expect(landing.text).toContain(`<button class="button" type="submit" id="start" aria-describedby="consent">${escapeHtml(lt.start)}</button>`);
    expect(landing.text).toContain(escapeHtml(lt.heading));
    expect(landing.text).toContain(escapeHtml(lt.consent.DOCUMENT));
    expect(await linkRow(link.id)).toMatchObject({ views: 1, usesConsumed: 0 });

    const german = await page(`/l/${link.slug}?lang=de`);
    expect(german.status).toBe(200);
    expect(german.text).toContain('<html lang="de">');
    // The person's choice is remembered for the visit, so Start and the pages after it keep it.
    expect(german.headers.get('set-cookie')).toBe('ml_lang=de; Path=/; HttpOnly; Secure; SameSite=Lax');
    expect(german.text).toContain(`id="start" aria-describedby="consent">${escapeHtml(messagesFor('de').landing.start)}</button>`);
    // An unknown ?lang= falls back to the link's language.
    expect((await page(`/l/${link.slug}?lang=xx`)).text).toContain('<html lang="lt">');

    expect((await getLink(link.id)).json).toMatchObject({ views: 3, usesConsumed: 0, usesRemaining: 3 });
  });

  test('HEAD and link-preview bots record nothing; ?src=qr is a QR view; stats count views and clicks exactly', async () => {
    const link = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 5 } });
    const head = await page(`/l/${link.slug}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const userAgent of [SLACKBOT, FACEBOOK]) {
      const preview = await page(`/l/${link.slug}`, { userAgent });
      expect({ userAgent, status: preview.status, hasStart: preview.text.includes('id="start"') }).toEqual({ userAgent, status: 200, hasStart: true });
    }
    // No user agent at all is a script or a scanner, not a person.
    const anonymous = await fetch(`${api.baseUrl}/l/${link.slug}`, { headers: { 'user-agent': '' } });
    expect(anonymous.status).toBe(200);
    await anonymous.text();
    expect(await linkRow(link.id)).toMatchObject({ views: 0, usesConsumed: 0 });
    expect(await api.db.linkView.count({ where: { linkId: link.id } })).toBe(0);

    expect((await page(`/l/${link.slug}?src=qr`)).status).toBe(200);
    expect((await page(`/l/${link.slug}`)).status).toBe(200);
    expect((await page(`/l/${link.slug}?src=poster`)).status).toBe(200);
    const views = await api.db.linkView.findMany({ where: { linkId: link.id }, orderBy: { id: 'asc' }, select: { source: true } });
    expect(views.map((view) => view.source)).toEqual(['QR', 'DIRECT', 'DIRECT']);
    expect(await stats(link.id)).toEqual({ views: 3, clicks: 0, sessionsStarted: 0, submitted: 0, approved: 0, denied: 0, suspected: 0, expired: 0 });
    // Only a POST uses the link.
    expect((await getLink(link.id)).json).toMatchObject({ views: 3, usesConsumed: 0, usesRemaining: 5 });

    expect((await click(api.baseUrl, link.slug)).status).toBe(303);
    expect((await click(api.baseUrl, link.slug, { html: true })).status).toBe(303);
    // The browser's Start is also the session's Start; the JSON client's session waits for its person.
    expect(await stats(link.id)).toEqual({ views: 3, clicks: 2, sessionsStarted: 1, submitted: 0, approved: 0, denied: 0, suspected: 0, expired: 0 });
    expect((await getLink(link.id)).json).toMatchObject({ views: 3, usesConsumed: 2, usesRemaining: 3 });
    // A click is not a view.
    expect(await api.db.linkView.count({ where: { linkId: link.id } })).toBe(3);
  });
});

describe('POST /l/{slug} (the click)', () => {
  test('a browser gets 303 to its hosted page with a resume cookie; Start again resumes, another browser gets a new session', async () => {
    const link = await createLink(api, account, { flow: 'SELFIE', usage: { type: 'UNLIMITED' }, language: 'lt' });
    const first = await click(api.baseUrl, link.slug, { html: true });
    expect(first.status).toBe(303);
    expect(first.location).toMatch(new RegExp(`^https://verify\\.example\\.test/v/${TOKEN}$`));
    const setCookie = first.setCookie!;
    const [cookie, ...attributes] = setCookie.split('; ');
    expect(cookie).toMatch(new RegExp(`^mls_${link.id}=${TOKEN}$`));
    // The cookie holds the token: only this link's path may read it, never scripts, only over https here.
    expect(attributes.filter((attribute) => !attribute.startsWith('Expires=')).sort()).toEqual(
      ['HttpOnly', 'Max-Age=86400', `Path=/l/${link.slug}`, 'SameSite=Lax', 'Secure'].sort(),
    );
    expect(cookie!.slice(cookie!.indexOf('=') + 1)).toBe(first.location!.slice(first.location!.lastIndexOf('/') + 1));
    expect((await getLink(link.id)).json.usesConsumed).toBe(1);

    const hosted = await page(local(first.location!));
    expect(hosted.status).toBe(200);
    expect(hosted.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(hosted.headers.get('referrer-policy')).toBe('no-referrer');
    expect(hosted.text).toContain('<html lang="lt">');
    const session = messagesFor('lt').session;
    expect(hosted.text).toContain(escapeHtml(session.heading));
    expect(hosted.text).toContain(escapeHtml(session.steps.selfie));
    expect(hosted.text).not.toContain(escapeHtml(session.steps.documentFront));

    const resumed = await click(api.baseUrl, link.slug, { html: true, cookie });
    expect({ status: resumed.status, location: resumed.location }).toEqual({ status: 303, location: first.location });
    expect((await getLink(link.id)).json.usesConsumed).toBe(1);
    expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(1);

    const otherBrowser = await click(api.baseUrl, link.slug, { html: true });
    expect(otherBrowser.status).toBe(303);
    expect(otherBrowser.location).toMatch(new RegExp(`^https://verify\\.example\\.test/v/${TOKEN}$`));
    expect(otherBrowser.location).not.toBe(first.location);
    expect((await getLink(link.id)).json.usesConsumed).toBe(2);
    expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(2);

    // A cookie that is not a session of this link is ignored: a new session, not an error.
    const forged = await click(api.baseUrl, link.slug, { html: true, cookie: `mls_${link.id}=${'A'.repeat(40)}` });
    expect(forged.status).toBe(303);
    expect(forged.location).not.toBe(first.location);
    expect((await getLink(link.id)).json.usesConsumed).toBe(3);
  });

  test('the browser that used a SINGLE link resumes its session after the link is used up; others get 410', async () => {
    const link = await createLink(api, account, { usage: { type: 'SINGLE' } });
    const first = await click(api.baseUrl, link.slug, { html: true });
    expect(first.status).toBe(303);
    const cookie = first.setCookie!.split('; ')[0]!;
    const resumed = await click(api.baseUrl, link.slug, { html: true, cookie });
    expect({ status: resumed.status, location: resumed.location }).toEqual({ status: 303, location: first.location });
    const other = await click(api.baseUrl, link.slug);
    expect(other.status).toBe(410);
    expect(other.json.error.code).toBe('LINK_EXHAUSTED');
    expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(1);
  });

  test('a JSON client gets 303 with {sessionId, redirectUrl} and the same Location', async () => {
    const link = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 2 } });
    const response = await click(api.baseUrl, link.slug);
    expect(response.status).toBe(303);
    expect(response.json).toEqual({
      sessionId: expect.stringMatching(/^ses_[0-9a-z]{29}$/),
      redirectUrl: expect.stringMatching(new RegExp(`^https://verify\\.example\\.test/v/${TOKEN}$`)),
    });
    expect(response.location).toBe(response.json.redirectUrl);
    const session = await api.db.session.findUniqueOrThrow({ where: { id: response.json.sessionId } });
    // A link without a language gives its sessions none: the browser decides their pages too.
    expect({ linkId: session.linkId, accountId: session.accountId, status: session.status, language: session.language }).toEqual({
      linkId: link.id,
      accountId: account.accountId,
      status: 'ACTIVE',
      language: null,
    });
    const fetched = await call(api.baseUrl, 'GET', `/api/v1/sessions/${session.id}`, { auth: account.auth });
    expect(fetched.json.language).toBeNull();
    expect((await page(local(response.json.redirectUrl))).status).toBe(200);
  });

  test('a SINGLE link: the first click is 303, the second 410 LINK_EXHAUSTED, and the link becomes EXHAUSTED', async () => {
    const link = await createLink(api, account, { usage: { type: 'SINGLE' } });
    expect((await click(api.baseUrl, link.slug)).status).toBe(303);
    const second = await click(api.baseUrl, link.slug);
    expect({ status: second.status, json: second.json }).toEqual({
      status: 410,
      json: { error: { code: 'LINK_EXHAUSTED', message: 'This link has no uses left' } },
    });
    const exhausted = await eventually(
      () => getLink(link.id),
      (response) => response.json.status === 'EXHAUSTED',
    );
    expect(exhausted.json).toMatchObject({ usesConsumed: 1, usesRemaining: 0 });
    expect((await listLinks('?status=EXHAUSTED')).data.map((item: CreatedLink) => item.id)).toEqual([link.id]);
    expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(1);

    const landing = await page(`/l/${link.slug}`);
    expect(landing.status).toBe(410);
    expect(landing.text).toContain(escapeHtml(messagesFor('en').linkUnavailable.LINK_EXHAUSTED.heading));
    const html = await click(api.baseUrl, link.slug, { html: true });
    expect(html.status).toBe(410);
    expect(html.json).toContain(escapeHtml(messagesFor('en').linkUnavailable.LINK_EXHAUSTED.heading));
  });
});

describe('unknown links and tokens', () => {
  const notFoundHeading = escapeHtml(messagesFor('en').linkUnavailable.NOT_FOUND.heading);

  test.each([
    ['a well-formed unknown slug', '/l/abcdefghij'],
    ['a 4 kB slug', `/l/${'a'.repeat(4096)}`],
    ['non-ASCII é', '/l/%C3%A9%C3%A9'],
    ['non-ASCII ü', `/l/${encodeURIComponent('ü')}`],
    ['a slug with a dot', '/l/abcdefghi.'],
    ['an encoded slash', '/l/abc%2Fdefghij'],
  ])('%s → 404 as HTML and JSON, for GET and POST', async (_label, path) => {
    for (const method of ['GET', 'POST']) {
      const html = await page(path, { method });
      expect({ method, status: html.status, type: html.headers.get('content-type') }).toEqual({ method, status: 404, type: 'text/html; charset=utf-8' });
      expect(html.text).toContain(notFoundHeading);
      const json = await call(api.baseUrl, method, path, { headers: { accept: 'application/json' } });
      expect({ method, status: json.status, json: json.json }).toEqual({ method, status: 404, json: { error: { code: 'NOT_FOUND', message: 'No such link' } } });
    }
  });

  test('an unknown slug page follows ?lang=', async () => {
    const response = await page('/l/abcdefghij?lang=de');
    expect(response.status).toBe(404);
    expect(response.text).toContain('<html lang="de">');
    expect(response.text).toContain(escapeHtml(messagesFor('de').linkUnavailable.NOT_FOUND.heading));
  });

  test.each([
    ['garbage', '/v/garbage'],
    ['40 characters but unknown', `/v/${'A'.repeat(40)}`],
    ['44 characters', `/v/${'A'.repeat(44)}`],
    ['non-ASCII', '/v/%C3%A9'],
  ])('/v/ with a token that is %s → 404 HTML', async (_label, path) => {
    const response = await page(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.text).toContain(escapeHtml(messagesFor('en').session.unavailable.NOT_FOUND.heading));
  });
});

describe('QR codes', () => {
  test('qr.png?size=300 decodes to the public URL with ?src=qr', async () => {
    const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
    const response = await fetch(`${api.baseUrl}/api/v1/links/${link.id}/qr.png?size=300`, { headers: { authorization: account.auth } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="link-${link.id}.png"`);
    const image = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    expect({ width: image.width, height: image.height }).toEqual({ width: 300, height: 300 });
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(decoded?.data).toBe(`${link.url}?src=qr`);
    // Fetching the code is not a scan: nothing is recorded until someone opens the URL.
    expect(await linkRow(link.id)).toMatchObject({ views: 0, usesConsumed: 0 });
  });

  test('qr.png?size=2048 is 2048 px, decodes to the public URL, and the same bytes are served again', async () => {
    const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
    const fetchPng = async () => {
      const response = await fetch(`${api.baseUrl}/api/v1/links/${link.id}/qr.png?size=2048`, { headers: { authorization: account.auth } });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    // Both fetched before decoding: decoding 4 megapixels here keeps this process (the API's too) busy for seconds.
    const first = await fetchPng();
    expect((await fetchPng()).equals(first)).toBe(true);
    const image = PNG.sync.read(first);
    expect({ width: image.width, height: image.height }).toEqual({ width: 2048, height: 2048 });
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(`${link.url}?src=qr`);
  });

  test('qr.svg is an SVG of the requested size; the default size is 512', async () => {
    const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
    const response = await fetch(`${api.baseUrl}/api/v1/links/${link.id}/qr.svg?size=256`, { headers: { authorization: account.auth } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await response.text();
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svg).toContain('width="256" height="256"');
    const byDefault = await fetch(`${api.baseUrl}/api/v1/links/${link.id}/qr.png`, { headers: { authorization: account.auth } });
    const image = PNG.sync.read(Buffer.from(await byDefault.arrayBuffer()));
    expect({ width: image.width, height: image.height }).toEqual({ width: 512, height: 512 });
  });

  test('size outside 128–2048 → 422; qr.gif → 404; no credentials → 401', async () => {
    const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
    for (const size of ['100', '127', '2049', '5000', 'big']) {
      const response = await call(api.baseUrl, 'GET', `/api/v1/links/${link.id}/qr.png?size=${size}`, { auth: account.auth });
      expect({ size, status: response.status, code: response.json.error.code, fields: response.json.error.details.map((d: { field: string }) => d.field) }).toEqual({
        size,
        status: 422,
        code: 'VALIDATION_ERROR',
        fields: ['size'],
      });
    }
    for (const size of ['128', '2048']) {
      const response = await fetch(`${api.baseUrl}/api/v1/links/${link.id}/qr.svg?size=${size}`, { headers: { authorization: account.auth } });
      expect({ size, status: response.status }).toEqual({ size, status: 200 });
      await response.text();
    }
    const gif = await call(api.baseUrl, 'GET', `/api/v1/links/${link.id}/qr.gif`, { auth: account.auth });
    expect(gif.status).toBe(404);
    expect(gif.json.error.code).toBe('NOT_FOUND');
    const anonymous = await call(api.baseUrl, 'GET', `/api/v1/links/${link.id}/qr.png`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="magic-link", charset="UTF-8"');
    expect(anonymous.json.error.code).toBe('UNAUTHORIZED');
  });
});
