/**
 * The dashboard defects a new operator hit, over real HTTP against the real API, Temporal worker and PostgreSQL: a
 * denial without a reason refused beside the reasons, who decided and their note shown after a decision, only the
 * submitted photo of each kind, labels instead of raw values, webhook endpoints edited and deleted with each
 * delivery's payload and response, and the review queue as the dashboard's home.
 */
import { signedInOperator, type Operator } from '../support/dashboard';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { startReceiver } from '../support/receivers';
import { blurredJpeg, documentFrontJpeg, selfieJpeg } from '../support/images';
import { click, createLink, eventually } from '../support/links';
import { createSessionByApi, hostedFlow, type CreatedSession } from '../support/sessions';

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
  account = await createTestAccount(api.db, 40);
  operator = await signedInOperator(api, account.accountId);
});

async function html(path: string, as: Operator = operator): Promise<string> {
  const response = await as.get(path);
  expect(response.status).toBe(200);
  return response.text();
}

/** A selfie-only session the person has submitted: waiting in REVIEWING. */
async function reviewingSession(clientId: string, seed = 801): Promise<CreatedSession> {
  const session = await createSessionByApi(api, account, { clientId, flow: 'SELFIE' });
  const flow = hostedFlow(api, session.token);
  await flow.start();
  expect((await flow.upload('FACE', await selfieJpeg(seed))).status).toBe(201);
  await flow.submit(null);
  await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'REVIEWING');
  return session;
}

describe('the review form', () => {
  test('a denial without a reason comes back (422) with the error beside the reasons and what was entered kept; nothing is decided', async () => {
    const session = await reviewingSession('no-reason');
    const refused = await operator.post(`/dashboard/sessions/${session.id}/review`, { decision: 'DENIED', note: 'Looks edited', 'data.firstName': 'Ona' });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).not.toContain('The request body is invalid');
    expect(page).toContain('<a href="#review-reasons">Reasons: A denial needs at least one reason: tick one, or type its code below.</a>');
    expect(page).toContain(
      '<fieldset id="review-reasons" aria-invalid="true" aria-describedby="review-reasons-error"><legend>Reasons (at least one to deny)</legend><p class="field-error" id="review-reasons-error">A denial needs at least one reason: tick one, or type its code below.</p>',
    );
    expect(page).toContain('<input type="radio" name="decision" value="DENIED" checked>');
    expect(page).toContain('<textarea id="note" name="note">Looks edited</textarea>');
    expect(page).toContain('<input id="data-firstName" name="data.firstName" type="text" value="Ona">');
    expect(await api.db.review.count({ where: { sessionId: session.id } })).toBe(0);
    expect((await api.db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe('REVIEWING');

    const noDecision = await operator.post(`/dashboard/sessions/${session.id}/review`, {});
    expect(noDecision.status).toBe(422);
    expect(await noDecision.text()).toContain('<p class="field-error" id="review-decision-error">Choose Approve or Deny.</p>');
  });

  test('after a decision the session shows who decided, when, the reasons in words and the note', async () => {
    const session = await reviewingSession('decided', 802);
    const denied = await operator.post(`/dashboard/sessions/${session.id}/review`, { decision: 'DENIED', reasons: ['FAKE_FACE'], otherReasons: 'virtual_camera', note: 'Screen glare around the face' });
    expect(denied.status).toBe(303);
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'DENIED');
    const page = await html(`/dashboard/sessions/${session.id}`);
    const card = page.slice(page.indexOf('Review decision'));
    expect(card).toContain(`<dt>Decided by</dt><dd>${operator.email}</dd>`);
    expect(card).toContain('<dt>Reasons</dt><dd>Selfie looks fake, VIRTUAL_CAMERA</dd>');
    expect(card).toContain('<dt>Note</dt><dd>Screen glare around the face</dd>');
    expect(card).toMatch(/<dt>Decided at<\/dt><dd>.*<\/dd>/);
    const review = await api.db.review.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(review.reviewerId).toMatch(/^usr_/);
  });
});

describe('images', () => {
  test('a photo replaced by the next attempt is folded away and marked; the submitted one is shown, and each thumbnail opens the full image', async () => {
    const session = await createSessionByApi(api, account, { clientId: 'retaken', flow: 'DOCUMENT', documents: ['PASSPORT'] });
    const flow = hostedFlow(api, session.token);
    await flow.start();
    expect((await flow.upload('FRONT', await blurredJpeg(805))).status).toBe(201);
    expect((await flow.submit('PASSPORT')).status).toBe(202);
    await eventually(flow.status, (response) => response.json.view.phase === 'CAPTURE' && response.json.view.attempt === 2);
    expect((await flow.upload('FRONT', await documentFrontJpeg(805))).status).toBe(201);
    expect((await flow.submit('PASSPORT')).status).toBe(202);
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'REVIEWING');
    const [first, second] = await api.db.document.findMany({ where: { sessionId: session.id }, orderBy: { id: 'asc' } });
    expect([first!.attempt, second!.attempt]).toEqual([1, 2]);

    const page = await html(`/dashboard/sessions/${session.id}`);
    const href = (id: string) => `/dashboard/sessions/${session.id}/documents/${id}`;
    const [shown, folded] = page.split('<details class="replaced">') as [string, string];
    expect(shown).toContain(`<a class="image-frame" href="${href(second!.id)}" target="_blank" rel="noopener" title="Open full size"><img src="${href(second!.id)}" alt="Document front, attempt 2, submitted"></a>`);
    expect(shown).not.toContain(first!.id);
    expect(folded).toContain('<summary>1 photo replaced by a later one (not used)</summary>');
    expect(folded).toContain(`<img src="${href(first!.id)}" alt="Document front, attempt 1, replaced">`);
    expect(folded).not.toContain(second!.id);

    const full = await operator.get(href(second!.id));
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('image/jpeg');
  });
});

describe('words and times', () => {
  test('codes in words (flow, usage, language), moments as <time> in UTC for the script to localise, and a bar per stage for a new link', async () => {
    const link = await createLink(api, account, { name: 'Messe Berlin', flow: 'DOCUMENT_AND_SELFIE', usage: { type: 'MULTI', maxUses: 5 }, language: 'de' });
    const linkPage = await html(`/dashboard/links/${link.id}`);
    expect(linkPage).toContain('<dt>Steps</dt><dd>Document and selfie</dd>');
    expect(linkPage).toContain('<dt>Usage</dt><dd>Multi-use: 0 of 5 uses consumed</dd>');
    expect(linkPage).toContain('<dt>Language</dt><dd>Deutsch</dd>');
    expect(linkPage).not.toMatch(/>(DOCUMENT_AND_SELFIE|MULTI|de)</);
    const row = await api.db.link.findUniqueOrThrow({ where: { id: link.id } });
    const utc = `${row.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
    expect(linkPage).toContain(`<dt>Created</dt><dd><time datetime="${row.createdAt.toISOString()}" title="${utc}" data-local="minute">${utc}</time></dd>`);

    // A link created today: one day, drawn as eight labelled bars (one per stage), not a lone dot.
    const chart = linkPage.slice(linkPage.indexOf('<svg'), linkPage.indexOf('</svg>'));
    const today = new Date().toISOString().slice(0, 10);
    expect(chart).not.toContain('<circle');
    expect([...chart.matchAll(/<rect /g)]).toHaveLength(8);
    expect(chart).toContain(`<title>${today}: views 0</title>`);
    expect(chart).toContain(`>${today}</text>`);

    const session = await createSessionByApi(api, account, { clientId: 'words', flow: 'DOCUMENT_AND_SELFIE', language: 'de' });
    const sessionPage = await html(`/dashboard/sessions/${session.id}`);
    expect(sessionPage).toContain('Client <strong>words</strong> · Document and selfie ·');
    expect(sessionPage).toContain('<dt>Language</dt><dd>Deutsch</dd>');
    expect(await html('/dashboard/sessions')).toContain('<td>Document and selfie</td>');
  });
});

describe('webhook endpoints', () => {
  test('edited and deleted through the dashboard; each delivery shows the body sent and the start of the response', async () => {
    const receiver = await startReceiver();
    try {
      receiver.answer((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('thanks, got it'));
      const created = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: `${receiver.url}/old`, description: 'CRM' } });
      expect(created.status).toBe(201);
      const id = created.json.id as string;
      const endpointPage = await html(`/dashboard/webhooks/${id}`);
      expect(endpointPage).toContain(`<a class="button quiet" href="/dashboard/webhooks/${id}/edit">Edit…</a>`);
      expect(endpointPage).toContain(`<a class="button quiet" href="/dashboard/webhooks/${id}/delete">Delete…</a>`);

      const edit = await html(`/dashboard/webhooks/${id}/edit`);
      expect(edit).toContain(`<form class="card" method="post" action="/dashboard/webhooks/${id}/edit" novalidate>`);
      expect(edit).toContain(`value="${receiver.url}/old"`);
      expect(edit).toContain('value="CRM"');

      const refused = await operator.post(`/dashboard/webhooks/${id}/edit`, { url: 'not a url', format: 'standard', description: 'CRM' });
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain('value="not a url"');
      expect((await api.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).url).toBe(`${receiver.url}/old`);

      const saved = await operator.post(`/dashboard/webhooks/${id}/edit`, { url: `${receiver.url}/new`, format: 'standard', events: ['webhook.test', 'session.created'], description: '' });
      expect(saved.status).toBe(303);
      expect(saved.headers.get('location')).toBe(`/dashboard/webhooks/${id}?notice=updated`);
      expect(await api.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ url: `${receiver.url}/new`, eventTypes: ['webhook.test', 'session.created'], description: null });

      expect((await operator.post(`/dashboard/webhooks/${id}/test`)).status).toBe(303);
      const delivery = await eventually(
        () => api.db.delivery.findFirst({ where: { endpointId: id }, include: { event: true } }),
        (row) => row?.status === 'DELIVERED',
      );
      const withDelivery = await html(`/dashboard/webhooks/${id}`);
      expect(withDelivery).toContain(`<details class="excerpt"><summary>Payload</summary><pre>{\n  &quot;type&quot;: &quot;webhook.test&quot;,\n  &quot;id&quot;: &quot;${delivery!.event.id}&quot;,`);
      expect(withDelivery).toContain('<details class="excerpt"><summary>Response body (start)</summary><pre>thanks, got it</pre></details>');

      expect(await html(`/dashboard/webhooks/${id}/delete`)).toContain('<button class="danger" type="submit">Delete endpoint</button>');
      const deleted = await operator.post(`/dashboard/webhooks/${id}/delete`);
      expect(deleted.status).toBe(303);
      expect(deleted.headers.get('location')).toBe('/dashboard/webhooks?notice=deleted');
      expect((await api.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
      const list = await html('/dashboard/webhooks?notice=deleted');
      expect(list).toContain('The endpoint is deleted: nothing more is sent to it.');
      expect(list).not.toContain(`/dashboard/webhooks/${id}`);
      expect((await operator.get(`/dashboard/webhooks/${id}`)).status).toBe(404);
    } finally {
      await receiver.close();
    }
  });
});

describe('the review queue', () => {
  test('is the home page: sessions waiting for review, the longest waiting first, with age, why, link or client; counted in the navigation', async () => {
    const link = await createLink(api, account, { name: 'Kiosk', flow: 'SELFIE', usage: { type: 'UNLIMITED' } });
    const fromLink = await click(api.baseUrl, link.slug);
    const linkSession = await api.db.session.findUniqueOrThrow({ where: { id: fromLink.json.sessionId as string } });
    const waitingLong = await reviewingSession('waiting-long', 811);
    const waitingShort = await reviewingSession('waiting-short', 812);
    const redirectUrl = fromLink.json.redirectUrl as string;
    const linkFlow = hostedFlow(api, redirectUrl.slice(redirectUrl.lastIndexOf('/') + 1));
    await linkFlow.start();
    expect((await linkFlow.upload('FACE', await selfieJpeg(813))).status).toBe(201);
    await linkFlow.submit(null);
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: linkSession.id } }), (row) => row.status === 'REVIEWING');
    await createSessionByApi(api, account, { clientId: 'still-active' });
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await api.db.session.update({ where: { id: waitingLong.id }, data: { reviewRequestedAt: ago(26 * 60 + 5), fraudTags: ['DUPLICATE_FACE'] } });
    await api.db.session.update({ where: { id: linkSession.id }, data: { reviewRequestedAt: ago(125) } });
    await api.db.session.update({ where: { id: waitingShort.id }, data: { reviewRequestedAt: ago(7) } });

    const home = await html('/dashboard');
    expect(home).toContain('<h1>Review queue</h1>');
    expect(home).toContain('<a href="/dashboard" aria-current="page">Review queue <span class="count" data-review-count>3</span></a>');
    expect([...home.matchAll(/data-queued-session="(ses_[0-9a-z]{29})"/g)].map((match) => match[1])).toEqual([waitingLong.id, linkSession.id, waitingShort.id]);
    const row = (id: string) => home.slice(home.indexOf(`data-queued-session="${id}"`), home.indexOf('</tr>', home.indexOf(`data-queued-session="${id}"`)));
    expect(row(waitingLong.id)).toContain('<td class="age">1 d 2 h</td>');
    expect(row(waitingLong.id)).toContain('<span class="tag">Face: AUTO_UNVERIFIABLE</span><span class="tag fraud">DUPLICATE_FACE</span>');
    expect(row(waitingLong.id)).toContain('<td>waiting-long</td>');
    expect(row(linkSession.id)).toContain('<td class="age">2 h 5 min</td>');
    expect(row(linkSession.id)).toContain(`<td><a href="/dashboard/links/${link.id}">Kiosk</a></td>`);
    expect(row(waitingShort.id)).toContain('<td class="age">7 min</td>');
    expect(row(waitingShort.id)).toContain(`<a href="/dashboard/sessions/${waitingShort.id}#review">${waitingShort.id}</a>`);

    // Every page counts the queue; the review screen leads to the next in it.
    expect(await html('/dashboard/links')).toContain('Review queue <span class="count" data-review-count>3</span>');
    const first = await html(`/dashboard/sessions/${waitingLong.id}`);
    expect(first).toContain(`<a href="/dashboard/sessions/${linkSession.id}#review" data-next-review>Next in the review queue</a>`);
    expect(first).toContain('<script src="/assets/dashboard-review.js" defer></script>');

    expect((await operator.post(`/dashboard/sessions/${waitingLong.id}/review`, { decision: 'APPROVED' })).status).toBe(303);
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: waitingLong.id } }), (row) => row.status !== 'REVIEWING');
    const after = await html('/dashboard');
    expect(after).toContain('<span class="count" data-review-count>2</span>');
    expect(after).not.toContain(`data-queued-session="${waitingLong.id}"`);
  });

  test('the credits moved to their own page; an empty queue says so', async () => {
    const home = await html('/dashboard');
    expect(home).toContain('Nothing waits for review.');
    expect(home).toContain('<a href="/dashboard/credits">Credits</a>');
    expect(await html('/dashboard/credits')).toContain('<h1>Credits</h1>');
  });
});

describe('the audit trail', () => {
  const formKeyIn = (page: string) => /name="formKey" value="([0-9a-z]{29})"/.exec(page)![1]!;

  test('every operator action is recorded in order with who, what and from where; shown per session and account-wide; exported as CSV; never changed', async () => {
    const receiver = await startReceiver();
    try {
      const toppedUp = await operator.post('/dashboard/top-up', { formKey: formKeyIn(await html('/dashboard/credits')), amount: '5', reason: 'Invoice 9' });
      expect(toppedUp.status).toBe(303);
      const keyCreated = await operator.post('/dashboard/api-keys', { formKey: formKeyIn(await html('/dashboard/api-keys')), name: 'Audit key', role: 'STANDARD' });
      expect(keyCreated.status).toBe(201);
      const key = await api.db.apiKey.findFirstOrThrow({ where: { accountId: account.accountId, name: 'Audit key' } });
      expect((await operator.post(`/dashboard/api-keys/${key.id}/revoke`)).status).toBe(303);
      expect((await operator.post('/dashboard/webhooks', { formKey: formKeyIn(await html('/dashboard/webhooks/new')), url: receiver.url })).status).toBe(201);
      const endpoint = await api.db.webhookEndpoint.findFirstOrThrow({ where: { accountId: account.accountId, callbackUrl: null } });
      expect((await operator.post(`/dashboard/webhooks/${endpoint.id}/edit`, { url: `${receiver.url}/v2`, format: 'standard' })).status).toBe(303);
      const secretVersion = /name="secretVersion" value="([0-9a-f]+)"/.exec(await html(`/dashboard/webhooks/${endpoint.id}/rotate-secret`))![1]!;
      expect((await operator.post(`/dashboard/webhooks/${endpoint.id}/rotate-secret`, { secretVersion })).status).toBe(200);
      expect((await operator.post(`/dashboard/webhooks/${endpoint.id}/delete`)).status).toBe(303);
      const link = await createLink(api, account, { name: 'Audited', usage: { type: 'UNLIMITED' } });
      expect((await operator.post(`/dashboard/links/${link.id}/deactivate`)).status).toBe(303);
      const cancelled = await createSessionByApi(api, account, { clientId: 'to-cancel' });
      expect((await operator.post(`/dashboard/sessions/${cancelled.id}/cancel`)).status).toBe(303);
      const reviewed = await reviewingSession('audited', 831);
      expect((await operator.post(`/dashboard/sessions/${reviewed.id}/review`, { decision: 'DENIED', reasons: ['FAKE_FACE'], note: 'private note' })).status).toBe(303);
      await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: reviewed.id } }), (row) => row.final);
      expect((await operator.post(`/dashboard/sessions/${reviewed.id}/delete-data`)).status).toBe(303);

      const entries = await api.db.auditEntry.findMany({ where: { accountId: account.accountId }, orderBy: { id: 'asc' } });
      expect(entries.map((entry) => [entry.action, entry.subjectId])).toEqual([
        ['operator.signed_in', expect.stringMatching(/^usr_/)],
        ['credits.topped_up', expect.stringMatching(/^led_/)],
        ['api_key.created', key.id],
        ['api_key.revoked', key.id],
        ['webhook_endpoint.created', endpoint.id],
        ['webhook_endpoint.updated', endpoint.id],
        ['webhook_endpoint.secret_rotated', endpoint.id],
        ['webhook_endpoint.deleted', endpoint.id],
        ['link.deactivated', link.id],
        ['session.cancelled', cancelled.id],
        ['session.reviewed', reviewed.id],
        ['session.data_deleted', reviewed.id],
      ]);
      for (const entry of entries) expect(entry).toMatchObject({ actorEmail: operator.email, ipAddress: expect.stringMatching(/127\.0\.0\.1/) });
      expect(entries[10]!.detail).toEqual({ decision: 'DENIED', reasons: ['FAKE_FACE'] });

      const sessionPage = await html(`/dashboard/sessions/${reviewed.id}`);
      const trail = sessionPage.slice(sessionPage.indexOf('<h2>Audit trail</h2>'));
      expect([...trail.matchAll(/<code>([a-z_.]+)<\/code>/g)].map((match) => match[1])).toEqual(['session.data_deleted', 'session.reviewed']);
      // PostgreSQL's jsonb keeps keys shortest first.
      expect(trail).toContain('<td class="wraps">reasons: FAKE_FACE; decision: DENIED</td>');
      expect(trail).not.toContain('private note');
      expect(await html('/dashboard/audit')).toContain(`data-audit-entry="${entries[0]!.id}"`);

      const csv = await operator.get('/dashboard/audit.csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lines = (await csv.text()).trimEnd().split('\r\n');
      expect(lines[0]).toBe('id,at,actor_id,actor_email,action,subject_id,detail,ip_address');
      const rows = lines.slice(1).map((line) => line.split(','));
      expect(rows.map((row) => row[0])).toEqual(entries.map((entry) => entry.id).reverse());
      expect(rows.map((row) => row[4])).toEqual(entries.map((entry) => entry.action).reverse());
      expect(rows.every((row) => row[3] === operator.email)).toBe(true);

      await expect(api.db.auditEntry.update({ where: { id: entries[0]!.id }, data: { action: 'forged' } })).rejects.toThrow(/append-only/);
      await expect(api.db.auditEntry.delete({ where: { id: entries[0]!.id } })).rejects.toThrow(/append-only/);
    } finally {
      await receiver.close();
    }
  });
});

describe('claims', () => {
  test('two reviewers: the first to open a session holds it, the other cannot decide it until the claim runs out', async () => {
    const session = await reviewingSession('claimed', 841);
    const other = await signedInOperator(api, account.accountId);
    const mine = await html(`/dashboard/sessions/${session.id}`);
    expect(mine).toContain('You are reviewing this session');
    expect(mine).toContain('Record the decision');
    expect(await html('/dashboard')).toContain(`<td>${operator.email}</td>`);

    const theirs = await html(`/dashboard/sessions/${session.id}`, other);
    expect(theirs).toContain(`<p class="notice" role="status" data-claimed-by="${operator.email}">${operator.email} is reviewing this session.`);
    expect(theirs).not.toContain('Record the decision');
    const refused = await other.post(`/dashboard/sessions/${session.id}/review`, { decision: 'APPROVED' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(`${operator.email} is reviewing this session; you can decide it once they have left it for 15 minutes.`);
    expect(await api.db.review.count({ where: { sessionId: session.id } })).toBe(0);

    // The holder goes quiet: once the claim has run out, the other reviewer takes it over and decides.
    await api.db.reviewClaim.update({ where: { sessionId: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await html(`/dashboard/sessions/${session.id}`, other)).toContain('You are reviewing this session');
    expect((await api.db.reviewClaim.findUniqueOrThrow({ where: { sessionId: session.id } })).userEmail).toBe(other.email);
    expect((await operator.post(`/dashboard/sessions/${session.id}/review`, { decision: 'APPROVED' })).status).toBe(409);
    expect((await other.post(`/dashboard/sessions/${session.id}/review`, { decision: 'APPROVED' })).status).toBe(303);
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'APPROVED');
    expect((await api.db.review.findFirstOrThrow({ where: { sessionId: session.id } })).reviewerId).toMatch(/^usr_/);
  });
});
