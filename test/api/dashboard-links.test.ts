/**
 * Dashboard links section against the real API, Temporal and PostgreSQL: creation through the form (every setting,
 * the same link the API shows, one link per form however often it is sent, field errors that keep what was typed,
 * CSRF), search and status filter, deactivation after a confirmation page, and the funnel per day.
 */
import { newId } from '../../lib/ids';
import { linkFunnelByDay } from '../../services/links/link-funnel';
import { postForm, signedInOperator, type Operator } from '../support/dashboard';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { click, createLink } from '../support/links';

let api: TestApi;
let account: TestAccount;
let operator: Operator;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 10);
  operator = await signedInOperator(api, account.accountId);
});

const DAY_MS = 24 * 60 * 60 * 1000;
const utcDay = (date: Date) => date.toISOString().slice(0, 10);
/** A `datetime-local` value (minutes, no zone) `days` from now, in UTC. */
const localValue = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 16);

async function newFormKey(): Promise<string> {
  const html = await (await operator.get('/dashboard/links/new')).text();
  return /name="formKey" value="([0-9a-z]{29})"/.exec(html)![1]!;
}

const linkIdsIn = (html: string) => [...html.matchAll(/<a href="\/dashboard\/links\/(lnk_[0-9a-z]{29})">/g)].map((match) => match[1]!);
const accountLinks = () => api.db.link.findMany({ where: { accountId: account.accountId }, orderBy: { id: 'asc' } });

test('the form offers every setting, each input with its label, and the expiry in local time said plainly', async () => {
  const response = await operator.get('/dashboard/links/new');
  expect(response.status).toBe(200);
  const html = await response.text();
  const inputIds = [...html.matchAll(/<(?:input|select)\b[^>]*?\sid="([^"]+)"/g)].map((match) => match[1]!);
  expect(inputIds).toEqual([
    'name',
    'flow-document_and_selfie',
    'flow-document',
    'flow-selfie',
    'usageType-single',
    'usageType-multi',
    'usageType-unlimited',
    'maxUses',
    'expiresAt',
    'language',
    'successUrl',
    'errorUrl',
    'callbackUrl',
  ]);
  for (const id of inputIds) expect(html).toContain(`<label for="${id}">`);
  expect(html).toContain('<input id="expiresAt" name="expiresAt" type="datetime-local"');
  expect(html).toContain('<label for="expiresAt">Expires at (your local time)</label>');
  expect(html).toContain('<input type="hidden" name="expiresAtOffset" value="">');
  expect(html).toContain('time zone (it is now <time datetime=');
  expect(html).toMatch(/<option value="lt">Lietuvių \(lt\)<\/option>/);
  // No language by default: the person's browser decides.
  expect(html).toMatch(/<select id="language" name="language"[^>]*><option value="" selected(="")?>Browser(&#39;|&#x27;|')s language<\/option>/);
});

test("a link left on the browser's language stores none and says so", async () => {
  const created = await operator.post('/dashboard/links', { formKey: await newFormKey(), name: 'Walk-in', flow: 'SELFIE', usageType: 'UNLIMITED', language: '' });
  expect(created.status).toBe(303);
  const [link] = await accountLinks();
  expect(link!.language).toBeNull();
  const page = await (await operator.get(`/dashboard/links/${link!.id}`)).text();
  expect(page).toMatch(/Language<\/dt><dd>Browser(&#39;|&#x27;|')s language<\/dd>/);
});

test('a form with every setting creates the link the API shows, then its page says so once', async () => {
  const expiresAt = localValue(30);
  const created = await operator.post('/dashboard/links', {
    formKey: await newFormKey(),
    name: 'Spring campaign',
    flow: 'DOCUMENT',
    usageType: 'MULTI',
    maxUses: '25',
    expiresAt,
    language: 'lt',
    successUrl: 'https://shop.example.com/verified',
    errorUrl: 'https://shop.example.com/not-verified',
    callbackUrl: 'http://127.0.0.1:9/links',
  });
  expect(created.status).toBe(303);
  const [link] = await accountLinks();
  expect(created.headers.get('location')).toBe(`/dashboard/links/${link!.id}`);
  expect(link).toMatchObject({
    name: 'Spring campaign',
    flow: 'DOCUMENT',
    usageType: 'MULTI',
    maxUses: 25,
    usesConsumed: 0,
    status: 'ACTIVE',
    expiresAt: new Date(`${expiresAt}:00Z`),
    language: 'lt',
    successUrl: 'https://shop.example.com/verified',
    errorUrl: 'https://shop.example.com/not-verified',
    callbackUrl: 'http://127.0.0.1:9/links',
  });

  const byApi = await call(api.baseUrl, 'GET', `/api/v1/links/${link!.id}`, { auth: account.auth });
  expect(byApi.json).toMatchObject({
    id: link!.id,
    name: 'Spring campaign',
    flow: 'DOCUMENT',
    usage: { type: 'MULTI', maxUses: 25 },
    status: 'ACTIVE',
    usesRemaining: 25,
    expiresAt: `${expiresAt}:00.000Z`,
    language: 'lt',
    successUrl: 'https://shop.example.com/verified',
    errorUrl: 'https://shop.example.com/not-verified',
    callbackUrl: 'http://127.0.0.1:9/links',
  });

  const notice = created.headers.get('set-cookie')!;
  expect(notice).toMatch(new RegExp(`^mld_link_notice=created; Max-Age=60; Path=/dashboard/links/${link!.id}; Expires=[^;]+; HttpOnly; SameSite=Strict$`));
  const withNotice = await fetch(`${api.baseUrl}/dashboard/links/${link!.id}`, { headers: { cookie: `${operator.cookie}; ${notice.split(';')[0]}` } });
  const page = await withNotice.text();
  expect(page).toContain('<p class="notice" role="status">Link created. Share its address or QR code below.</p>');
  expect(page).toContain(`<input id="link-url" type="text" readonly value="${byApi.json.url}"><button type="button" class="quiet" data-copy="#link-url">Copy</button>`);
  expect(withNotice.headers.get('set-cookie')).toMatch(/^mld_link_notice=; Path=\/dashboard\/links\/lnk_[0-9a-z]{29}; Expires=Thu, 01 Jan 1970/);
  expect(await (await operator.get(`/dashboard/links/${link!.id}`)).text()).not.toContain('class="notice"');

  const list = await (await operator.get('/dashboard/links')).text();
  expect(list).toContain(`<a href="/dashboard/links/${link!.id}">Spring campaign</a></td><td><span class="status" data-status="ACTIVE">ACTIVE</span></td><td>0 / 25</td>`);
});

test('a form sent twice (a double click, then a reload) creates one link', async () => {
  const fields = { formKey: await newFormKey(), name: 'Front desk', flow: 'DOCUMENT_AND_SELFIE', usageType: 'UNLIMITED' };
  const [first, second] = await Promise.all([operator.post('/dashboard/links', fields), operator.post('/dashboard/links', fields)]);
  const third = await operator.post('/dashboard/links', fields);
  const links = await accountLinks();
  expect(links.map((link) => [link.name, link.usageType])).toEqual([['Front desk', 'UNLIMITED']]);
  expect([first.status, second.status, third.status]).toEqual([303, 303, 303]);
  expect(new Set([first, second, third].map((response) => response.headers.get('location')))).toEqual(new Set([`/dashboard/links/${links[0]!.id}`]));
  // Another form is another link.
  expect((await operator.post('/dashboard/links', { ...fields, formKey: await newFormKey() })).status).toBe(303);
  expect(await accountLinks()).toHaveLength(2);
});

test('invalid input: 422, each field says what is wrong, what was typed stays, nothing is created', async () => {
  const formKey = await newFormKey();
  const response = await operator.post('/dashboard/links', {
    formKey,
    name: 'Bad <link>',
    flow: 'SELFIE',
    usageType: 'MULTI',
    maxUses: '',
    expiresAt: '2020-01-01T09:30',
    language: 'de',
    successUrl: 'not a url',
    errorUrl: '',
    callbackUrl: 'ftp://files.example.com/drop',
  });
  expect(response.status).toBe(422);
  const html = await response.text();
  expect(html).toContain('<div class="alert" role="alert"><p><strong>The link was not created.</strong> Correct the fields below and create it again.</p><ul>');
  expect(html).toContain('<li><a href="#maxUses">Maximum uses: A multi-use link needs a whole number of uses from 2 to 1,000,000.</a></li>');
  expect(html).toContain(
    '<input id="maxUses" name="maxUses" type="number" value="" inputmode="numeric" min="2" max="1000000" step="1" aria-describedby="maxUses-hint maxUses-error" aria-invalid="true">',
  );
  expect(html).toContain('<p class="field-error" id="maxUses-error">A multi-use link needs a whole number of uses from 2 to 1,000,000.</p>');
  expect(html).toContain('value="2020-01-01T09:30" aria-describedby="expiresAt-hint expiresAt-error" aria-invalid="true">');
  expect(html).toContain('<p class="field-error" id="expiresAt-error">The expiry must be in the future.</p>');
  expect(html).toContain('value="not a url" aria-describedby="successUrl-hint successUrl-error" aria-invalid="true">');
  expect(html).toContain('value="ftp://files.example.com/drop" aria-describedby="callbackUrl-hint callbackUrl-error" aria-invalid="true">');
  expect(html).toContain('<p class="field-error" id="callbackUrl-error">Enter an http:// or https:// address (at most 2,048 characters), or leave it empty.</p>');
  // Valid fields keep their values and carry no error.
  expect(html).toContain('<input id="name" name="name" type="text" value="Bad &lt;link&gt;" required maxlength="200" aria-describedby="name-hint">');
  expect(html).toContain('<input type="radio" id="flow-selfie" name="flow" value="SELFIE" checked');
  expect(html).toContain('<input type="radio" id="usageType-multi" name="usageType" value="MULTI" checked');
  expect(html).toContain('<option value="de" selected>');
  expect(html).not.toContain('id="errorUrl-error"');
  expect(html).toContain(`<input type="hidden" name="formKey" value="${formKey}">`);
  expect(await accountLinks()).toEqual([]);

  // Corrected with the same form, it is created.
  const fixed = await operator.post('/dashboard/links', { formKey, name: 'Bad <link>', flow: 'SELFIE', usageType: 'MULTI', maxUses: '2', language: 'de' });
  expect(fixed.status).toBe(303);
  expect((await accountLinks()).map((link) => [link.name, link.maxUses, link.expiresAt])).toEqual([['Bad <link>', 2, null]]);
});

test('a form without the CSRF token, or with a wrong one, is refused: 403, nothing created', async () => {
  const fields = { formKey: await newFormKey(), name: 'Forged', flow: 'DOCUMENT', usageType: 'SINGLE' };
  expect((await postForm(api, '/dashboard/links', fields, operator.cookie)).status).toBe(403);
  expect((await operator.post('/dashboard/links', { ...fields, _csrf: 'x'.repeat(43) })).status).toBe(403);
  expect(await accountLinks()).toEqual([]);
});

test('the list searches names (any case) and filters by status, an expired-but-unrecorded link included', async () => {
  const empty = await (await operator.get('/dashboard/links')).text();
  expect(empty).toContain('<a class="button" href="/dashboard/links/new">New link</a>');
  expect(empty).toContain('<p class="empty">No links yet. Press <strong>New link</strong> above to create one');

  const alpha = await createLink(api, account, { name: 'Alpha 50%_Poster', usage: { type: 'UNLIMITED' } });
  const beta = await createLink(api, account, { name: 'beta poster', usage: { type: 'SINGLE' } });
  const gamma = await createLink(api, account, { name: 'Gamma flyer', usage: { type: 'SINGLE' } });
  const delta = await createLink(api, account, { name: 'Delta POSTER', usage: { type: 'UNLIMITED' }, expiresAt: new Date(Date.now() + 1_500).toISOString() });
  expect((await call(api.baseUrl, 'POST', `/api/v1/links/${gamma.id}/deactivate`, { auth: account.auth })).json.status).toBe('DEACTIVATED');
  await new Promise((resolve) => setTimeout(resolve, 1_600));
  // Past its expiry, even before its workflow's timer has written EXPIRED, the link counts as expired.
  await api.db.link.update({ where: { id: delta.id }, data: { status: 'ACTIVE' } });

  const list = async (query: string) => linkIdsIn(await (await operator.get(`/dashboard/links?${query}`)).text());
  expect(await list('')).toEqual([delta.id, gamma.id, beta.id, alpha.id]);
  expect(await list('q=poster')).toEqual([delta.id, beta.id, alpha.id]);
  expect(await list('q=POSTER&status=ACTIVE')).toEqual([beta.id, alpha.id]);
  expect(await list('status=DEACTIVATED')).toEqual([gamma.id]);
  expect(await list('status=EXPIRED')).toEqual([delta.id]);
  expect(await list('status=EXHAUSTED')).toEqual([]);
  // % and _ are plain characters, not wildcards.
  expect(await list('q=50%25_')).toEqual([alpha.id]);
  expect(await list('q=_')).toEqual([alpha.id]);
  expect(await list('q=a%25p')).toEqual([]);

  const filtered = await (await operator.get('/dashboard/links?q=flyer&status=EXPIRED')).text();
  expect(filtered).toContain('<input id="q" name="q" type="text" value="flyer">');
  expect(filtered).toContain('<option value="EXPIRED" selected>EXPIRED</option>');
  expect(filtered).toContain('<p class="empty">No links match. <a href="/dashboard/links">Show all links</a>.</p>');
});

test('deactivating goes through a confirmation page, is permanent, and a click is then refused', async () => {
  const link = await createLink(api, account, { name: 'Summer flyer', usage: { type: 'MULTI', maxUses: 3 } });
  expect((await click(api.baseUrl, link.slug)).status).toBe(303);
  const detail = await (await operator.get(`/dashboard/links/${link.id}`)).text();
  expect(detail).toContain(`<a class="button quiet" href="/dashboard/links/${link.id}/deactivate">Deactivate…</a>`);

  const confirm = await operator.get(`/dashboard/links/${link.id}/deactivate`);
  expect(confirm.status).toBe(200);
  const page = await confirm.text();
  expect(page).toContain('<h1>Deactivate “Summer flyer”?</h1>');
  expect(page).toContain('The link accepts no more clicks');
  expect(page).toContain('It can never be reactivated.');
  expect(page).toContain('Its 2 remaining of 3 uses are lost.');
  expect(page).toContain(`<form method="post" action="/dashboard/links/${link.id}/deactivate">`);
  expect(page).toContain('<button class="danger" type="submit">Deactivate for good</button>');

  expect((await postForm(api, `/dashboard/links/${link.id}/deactivate`, {}, operator.cookie)).status).toBe(403);
  expect((await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).status).toBe('ACTIVE');

  const deactivated = await operator.post(`/dashboard/links/${link.id}/deactivate`);
  expect(deactivated.status).toBe(303);
  expect(deactivated.headers.get('location')).toBe(`/dashboard/links/${link.id}`);
  expect(deactivated.headers.get('set-cookie')).toMatch(/^mld_link_notice=deactivated;/);
  expect((await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).status).toBe('DEACTIVATED');
  expect((await call(api.baseUrl, 'GET', `/api/v1/links/${link.id}`, { auth: account.auth })).json).toMatchObject({ status: 'DEACTIVATED', usesConsumed: 1 });
  const refused = await click(api.baseUrl, link.slug);
  expect({ status: refused.status, code: refused.json.error.code }).toEqual({ status: 410, code: 'LINK_DEACTIVATED' });

  const after = await (await operator.get(`/dashboard/links/${link.id}`)).text();
  expect(after).toContain('<span class="status" data-status="DEACTIVATED">DEACTIVATED</span>');
  expect(after).not.toContain('Deactivate…');
  const again = await operator.get(`/dashboard/links/${link.id}/deactivate`);
  expect({ status: again.status, location: again.headers.get('location') }).toEqual({ status: 303, location: `/dashboard/links/${link.id}` });

  // Another account's operator can neither see nor deactivate it.
  const other = await signedInOperator(api, (await createTestAccount(api.db, 1)).accountId);
  expect((await other.get(`/dashboard/links/${link.id}/deactivate`)).status).toBe(404);
  expect((await other.post(`/dashboard/links/${link.id}/deactivate`)).status).toBe(404);
});

test('the chart and its table count a view and a click on today (UTC)', async () => {
  const link = await createLink(api, account, { name: 'Chart link', usage: { type: 'UNLIMITED' } });
  const view = await fetch(`${api.baseUrl}/l/${link.slug}`, { headers: { accept: 'text/html', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' } });
  expect(view.status).toBe(200);
  await view.text();
  expect((await click(api.baseUrl, link.slug)).status).toBe(303);

  const html = await (await operator.get(`/dashboard/links/${link.id}`)).text();
  const today = utcDay(new Date());
  expect(html).toContain(
    `role="img" aria-label="Funnel per day from ${today} to ${today} (UTC). In total: views 1, clicks 1, started 0, submitted 0, approved 0, denied 0, suspected 0, expired 0. The numbers per day are in the table below the chart."`,
  );
  expect(html).toContain(`<title>${today}: views 1</title>`);
  expect(html).toContain(`<title>${today}: clicks 1</title>`);
  expect(html).toContain('<figcaption class="legend"><span style="--c:#64748b">views</span><span style="--c:#1d4ed8">clicks</span>');
  expect(html).toContain(`<tr><th scope="row">${today}</th><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>`);
});

test('per day: the last 14 UTC days (fewer for a younger link), every day present, events on their own day', async () => {
  const link = await createLink(api, account, { name: 'Old poster', usage: { type: 'UNLIMITED' } });
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (daysAgo: number, hour: number) => new Date(today - daysAgo * DAY_MS + hour * 60 * 60 * 1000);
  await api.db.link.update({ where: { id: link.id }, data: { createdAt: at(20, 8) } });
  await api.db.linkView.createMany({
    data: [at(16, 12), at(13, 0), at(3, 23), at(3, 1), at(0, 0)].map((createdAt) => ({ id: newId('linkView'), linkId: link.id, createdAt })),
  });
  const row = await api.db.link.findUniqueOrThrow({ where: { id: link.id } });

  const days = await linkFunnelByDay(api.db, row, now);
  expect(days.map((day) => day.day)).toEqual(Array.from({ length: 14 }, (_, index) => utcDay(at(13 - index, 0))));
  expect(days.map((day) => day.views)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 1]);
  expect(days.every((day) => day.clicks === 0 && day.approved === 0)).toBe(true);

  const young = await linkFunnelByDay(api.db, { ...row, createdAt: at(2, 18) }, now);
  expect(young.map((day) => [day.day, day.views])).toEqual([
    [utcDay(at(2, 0)), 0],
    [utcDay(at(1, 0)), 0],
    [utcDay(at(0, 0)), 1],
  ]);
});
