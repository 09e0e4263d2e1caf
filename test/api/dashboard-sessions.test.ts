/**
 * The dashboard's sessions section over real HTTP against the real API, Temporal worker and PostgreSQL: list filters
 * (link, creation day in UTC) and paging that keeps them; a dynamic link created through the form and sent by email
 * (to the outbox), one session for a double submit; validation errors and no credit; send again and cancel; data
 * deletion after a decision through its confirmation; the live-status endpoint; webhook deliveries with every attempt
 * on the timeline; CSRF on every form.
 */
import { requireKeyring } from '../../lib/config';
import { requestKeyFor } from '../../api/dashboard/routes/form-input';
import { sessionTokenFor } from '../../lib/session-tokens';
import { postForm, signedInOperator, type Operator } from '../support/dashboard';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { documentBackJpeg, documentFrontJpeg, selfieJpeg } from '../support/images';
import { click, createLink, eventually } from '../support/links';
import { startReceiver } from '../support/receivers';
import { createSessionByApi, hostedFlow, ledgerOf } from '../support/sessions';

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

const liveIdsIn = (page: string) => [...page.matchAll(/data-live-session="(ses_[0-9a-z]{29})"/g)].map((match) => match[1]!);
const formKeyIn = (page: string) => /name="formKey" value="([0-9a-z]{29})"/.exec(page)![1]!;
const sessionsOf = (accountId: string) => api.db.session.findMany({ where: { accountId } });

describe('the list', () => {
  test('filters by link and by creation day (UTC); the next page keeps the filters', async () => {
    expect(await html('/dashboard/sessions')).toContain('No sessions yet.');
    const link = await createLink(api, account, { name: 'Front desk', usage: { type: 'UNLIMITED' } });
    for (let i = 0; i < 2; i++) await click(api.baseUrl, link.slug);
    const fromLink = (await api.db.session.findMany({ where: { linkId: link.id } })).map((session) => session.id).sort();
    expect(fromLink).toHaveLength(2);
    const walkIn = await createSessionByApi(api, account, { clientId: 'walk-in' });
    await api.db.session.update({ where: { id: walkIn.id }, data: { createdAt: new Date('2024-03-10T23:30:00Z') } });

    const byLink = await html(`/dashboard/sessions?linkId=${link.id}`);
    expect(liveIdsIn(byLink).sort()).toEqual(fromLink);
    expect(byLink).toContain(`<option value="${link.id}" selected>Front desk</option>`);
    expect(byLink).toContain('<td>Front desk</td>');

    expect(liveIdsIn(await html('/dashboard/sessions?createdFrom=2024-03-10&createdTo=2024-03-10'))).toEqual([walkIn.id]);
    expect(liveIdsIn(await html('/dashboard/sessions?createdTo=2024-03-09'))).toEqual([]);
    expect(liveIdsIn(await html('/dashboard/sessions?createdFrom=2024-03-11')).sort()).toEqual(fromLink);
    const none = await html('/dashboard/sessions?createdFrom=2024-03-11&createdTo=2024-03-31');
    expect(none).toContain('No sessions match. <a href="/dashboard/sessions">Clear the filters</a>');
    expect(none).toContain('<input id="createdFrom" name="createdFrom" type="date" value="2024-03-11">');

    for (let batch = 0; batch < 26; batch += 6) {
      await Promise.all(Array.from({ length: Math.min(6, 26 - batch) }, () => createSessionByApi(api, account, { clientId: 'pager' })));
    }
    const first = await html('/dashboard/sessions?status=ACTIVE&clientId=pager');
    expect(liveIdsIn(first)).toHaveLength(25);
    expect(first).toContain('<a class="button" href="/dashboard/sessions/new">New session</a>');
    expect(first).toContain('<script src="/assets/dashboard-live.js" defer></script>');
    const next = /<a href="([^"]+)">Older sessions<\/a>/.exec(first)![1]!.replaceAll('&amp;', '&');
    expect(next).toMatch(/^\/dashboard\/sessions\?status=ACTIVE&clientId=pager&cursor=ses_[0-9a-z]{29}$/);
    const second = await html(next);
    expect(liveIdsIn(second)).toHaveLength(1);
    expect(second).toContain('<input id="clientId" name="clientId" type="text" maxlength="100" value="pager">');
    expect(second).not.toContain('Older sessions');
  });
});

describe('a new dynamic link', () => {
  test('every field has a label; sent by email, the form submitted twice at once (and once more) makes one session, sent once', async () => {
    const form = await html('/dashboard/sessions/new');
    const ids = [...form.matchAll(/<(?:input|select)(?![^>]*type="hidden")[^>]*\bid="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids).toEqual(expect.arrayContaining(['clientId', 'phone', 'expiryTime', 'callbackUrl', 'send-email', 'send-sms', 'send-reminder']));
    for (const id of ids) expect(form.includes(`<label for="${id}">`) || form.includes(`<label><input type="checkbox" id="${id}"`)).toBe(true);
    expect(form).toContain('E.164');
    // No language by default: the person's browser decides.
    expect(form).toMatch(/<select id="language" name="language"[^>]*><option value="" selected(="")?>Browser(&#39;|&#x27;|')s language<\/option>/);

    const fields = {
      formKey: formKeyIn(form),
      clientId: 'invitee-7',
      firstName: 'Ona',
      lastName: 'Petraitė',
      dateOfBirth: '1991-02-03',
      email: 'ona@example.com',
      phone: '+37060000007',
      flow: 'DOCUMENT',
      language: 'lt',
      expiryTime: '2d',
      sessionLength: '15m',
      successUrl: 'https://example.com/done',
      'send.email': 'on',
      'send.reminder': 'on',
    };
    const [a, b] = await Promise.all([operator.post('/dashboard/sessions/new', fields), operator.post('/dashboard/sessions/new', fields)]);
    expect([a.status, b.status]).toEqual([303, 303]);
    const sessions = await sessionsOf(account.accountId);
    expect(sessions).toHaveLength(1);
    const session = sessions[0]!;
    expect(a.headers.get('location')).toBe(`/dashboard/sessions/${session.id}?notice=created-sent`);
    expect(b.headers.get('location')).toBe(a.headers.get('location'));
    expect(session).toMatchObject({
      id: `ses_${requestKeyFor(account.accountId, fields.formKey)}`,
      clientId: 'invitee-7',
      firstName: 'Ona',
      lastName: 'Petraitė',
      dateOfBirth: '1991-02-03',
      email: 'ona@example.com',
      phone: '+37060000007',
      flow: 'DOCUMENT',
      language: 'lt',
      expiryTime: 172_800,
      sessionLength: 900,
      successUrl: 'https://example.com/done',
      reminderChannels: ['email'],
    });
    expect(session.reminderAt).not.toBeNull();

    await eventually(() => api.db.message.count({ where: { sessionId: session.id } }), (count) => count === 1);
    const later = await operator.post('/dashboard/sessions/new', fields);
    expect(later.headers.get('location')).toBe(a.headers.get('location'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const messages = await api.db.message.findMany({ where: { sessionId: session.id } });
    expect(messages.map((message) => [message.channel, message.kind, message.status, message.recipient])).toEqual([['EMAIL', 'INVITATION', 'OUTBOX', 'ona@example.com']]);
    expect(await ledgerOf(api, session.id)).toEqual(['RESERVE']);
    expect(await html('/dashboard/outbox')).toContain('ona@example.com');

    const page = await html(a.headers.get('location')!);
    const url = `${api.baseUrl}/v/${sessionTokenFor(requireKeyring(api.config), session.id)}`;
    expect(page).toContain('<div class="notice" role="status"><p>Session created and the link sent');
    expect(page).toContain(`<input id="session-url" type="text" readonly aria-label="Link for the person" value="${url}"><button type="button" class="quiet" data-copy="#session-url">Copy</button>`);
    expect((await fetch(url)).status).toBe(200);
    expect(page).toContain('Send the link again by email');
    expect(page).toContain('Send the link again by SMS');
  });

  test('invalid fields: 422, every value kept, a summary and an error beside each field; nothing is created', async () => {
    const formKey = formKeyIn(await html('/dashboard/sessions/new'));
    const response = await operator.post('/dashboard/sessions/new', {
      formKey,
      clientId: '',
      firstName: 'R2D2',
      email: 'not-an-email',
      phone: '0612 345',
      expiryTime: '45 days',
      sessionLength: '2h',
      'send.sms': 'on',
    });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('<div class="alert" role="alert"><p>6 fields need attention:</p>');
    expect(page).toContain('<li><a href="#clientId">Client id</a>: is required</li>');
    for (const [id, message] of [
      ['clientId', 'is required'],
      ['firstName', 'must not contain digits or symbols'],
      ['email', 'Invalid email address'],
      ['phone', 'must be an E.164 number such as +37060000000'],
      ['expiryTime', 'must be a number and a unit, such as 45m, 24h or 7d'],
      ['sessionLength', 'must be from 1m to 1h'],
    ]) {
      expect(page).toMatch(new RegExp(`id="${id}" [^>]*aria-invalid="true" aria-describedby="(${id}-hint )?${id}-error"`));
      expect(page).toContain(`<p class="field-error" id="${id}-error">${message}</p>`);
    }
    for (const kept of ['value="R2D2"', 'value="not-an-email"', 'value="0612 345"', 'value="45 days"', 'value="2h"', `name="formKey" value="${formKey}"`]) expect(page).toContain(kept);
    expect(page).toContain('name="send.sms" value="on" checked');
    expect(await sessionsOf(account.accountId)).toEqual([]);

    const stale = await operator.post('/dashboard/sessions/new', { formKey: '0'.repeat(29), clientId: 'stale' });
    expect(stale.status).toBe(422);
    const stalePage = await stale.text();
    expect(stalePage).toContain('This form is out of date.');
    expect(formKeyIn(stalePage)).not.toBe('0'.repeat(29));
    expect(await sessionsOf(account.accountId)).toEqual([]);
  });

  test('without credit: 402 with a clear message, the values kept', async () => {
    const broke = await createTestAccount(api.db, 0);
    const broker = await signedInOperator(api, broke.accountId);
    const formKey = formKeyIn(await html('/dashboard/sessions/new', broker));
    const response = await broker.post('/dashboard/sessions/new', { formKey, clientId: 'no-credit' });
    expect(response.status).toBe(402);
    const page = await response.text();
    expect(page).toContain('<p class="alert" role="alert">No credit available: every session reserves one. <a href="/dashboard/credits">See the credits</a>');
    expect(page).toContain('value="no-credit"');
    expect(await sessionsOf(broke.accountId)).toEqual([]);
  });
});

describe('one session', () => {
  test('every form refuses a post without its CSRF token, and nothing changes', async () => {
    const session = await createSessionByApi(api, account, { clientId: 'csrf', email: 'csrf@example.com' });
    const formKey = formKeyIn(await html('/dashboard/sessions/new'));
    for (const [path, fields] of [
      ['/dashboard/sessions/new', { formKey, clientId: 'forged' }],
      [`/dashboard/sessions/${session.id}/send`, { channel: 'email' }],
      [`/dashboard/sessions/${session.id}/cancel`, {}],
      [`/dashboard/sessions/${session.id}/delete-data`, {}],
    ] as const) {
      const response = await postForm(api, path, fields, operator.cookie);
      expect(response.status).toBe(403);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await sessionsOf(account.accountId)).map((row) => [row.id, row.status])).toEqual([[session.id, 'ACTIVE']]);
    expect(await api.db.message.count({ where: { sessionId: session.id } })).toBe(0);
  });

  test('send the link again by SMS; without an email address the API refuses, on the page; cancel through the confirmation', async () => {
    const session = await createSessionByApi(api, account, { clientId: 'resend', phone: '+37060000008' });
    const page = await html(`/dashboard/sessions/${session.id}`);
    expect(page).toContain(`value="${session.redirectUrl}"`);
    // Created without a language: the page follows the person's browser.
    expect(page).toMatch(/Language<\/dt>\s*<dd>Browser(&#39;|&#x27;|')s language<\/dd>/);
    expect(page).toContain('<input type="hidden" name="channel" value="sms"><button class="quiet" type="submit">Send the link again by SMS</button>');
    expect(page).not.toContain('Send the link again by email');

    const sent = await operator.post(`/dashboard/sessions/${session.id}/send`, { channel: 'sms' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/dashboard/sessions/${session.id}?notice=sent-sms`);
    const messages = await eventually(() => api.db.message.findMany({ where: { sessionId: session.id } }), (rows) => rows.length === 1);
    expect([messages[0]!.channel, messages[0]!.recipient]).toEqual(['SMS', '+37060000008']);
    expect(await html(sent.headers.get('location')!)).toContain('The link is on its way by SMS');

    const refused = await operator.post(`/dashboard/sessions/${session.id}/send`, { channel: 'email' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('<p class="alert" role="alert">The session has no email address to send to: channel needs the session&#39;s email</p>');

    const confirm = await html(`/dashboard/sessions/${session.id}/cancel`);
    expect(confirm).toContain('<h1>Cancel this session?</h1>');
    expect(confirm).toContain(`<form method="post" action="/dashboard/sessions/${session.id}/cancel">`);
    const cancelled = await operator.post(`/dashboard/sessions/${session.id}/cancel`);
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get('location')).toBe(`/dashboard/sessions/${session.id}?notice=cancelled`);
    expect((await api.db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe('CANCELLED');
    const after = await html(cancelled.headers.get('location')!);
    expect(after).toContain('The session is cancelled and its credit released.');
    expect(after).not.toContain('id="session-url"');
    expect(after).not.toContain('Send the link again');
    // The confirmation is out of date now: it leads back to the session.
    const stale = await operator.get(`/dashboard/sessions/${session.id}/cancel`);
    expect(stale.status).toBe(303);
    expect(stale.headers.get('location')).toBe(`/dashboard/sessions/${session.id}`);
  });

  test('a finished session: approve through the review form, then delete its personal data through the confirmation', async () => {
    const session = await createSessionByApi(api, account, { clientId: 'purge-me', firstName: 'Ona' });
    const flow = hostedFlow(api, session.token);
    await flow.start();
    for (const [kind, image] of [['FRONT', await documentFrontJpeg(778)], ['BACK', await documentBackJpeg(778)], ['FACE', await selfieJpeg(778)]] as const) {
      expect((await flow.upload(kind, image)).status).toBe(201);
    }
    await flow.submit('ID_CARD');
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'REVIEWING');

    // Not before the session is final: no button, and the API's answer if posted anyway.
    expect(await html(`/dashboard/sessions/${session.id}`)).not.toContain('Delete personal data…');
    const early = await operator.post(`/dashboard/sessions/${session.id}/delete-data`);
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('Data can be deleted once the session is final or expired; it is REVIEWING');

    expect((await operator.post(`/dashboard/sessions/${session.id}/review`, { decision: 'APPROVED' })).status).toBe(303);
    const decided = await html(`/dashboard/sessions/${session.id}`);
    expect(decided).toContain('<dt>Decision</dt><dd>APPROVED</dd>');
    expect(decided).toContain('<dt>Document, automatic</dt>');
    expect([...decided.matchAll(/<img src=/g)]).toHaveLength(3);
    expect(decided).toContain(`<a class="button quiet" href="/dashboard/sessions/${session.id}/delete-data">Delete personal data…</a>`);

    const confirm = await html(`/dashboard/sessions/${session.id}/delete-data`);
    expect(confirm).toContain('The result, <strong>APPROVED</strong>, and the audit trail stay.');
    const deleted = await operator.post(`/dashboard/sessions/${session.id}/delete-data`);
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe(`/dashboard/sessions/${session.id}?notice=deleting`);
    expect(await html(deleted.headers.get('location')!)).toContain('The images and personal data are being deleted');

    const row = await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (current) => current.status === 'DELETED');
    expect(row.decision).toBe('APPROVED');
    expect(row.dataDeletedAt).not.toBeNull();
    const after = await html(`/dashboard/sessions/${session.id}`);
    expect(after).toContain(`data-status="DELETED" data-live-session="${session.id}"`);
    expect(after).not.toContain('<img src=');
    expect(after).not.toContain('Delete personal data…');
    expect(after).toContain('<td>session.data_deleted</td>');
  });

  test('deny: the reasons ticked and the codes typed, once each; the usual reasons are offered as labelled boxes', async () => {
    const session = await createSessionByApi(api, account, { clientId: 'deny-me', flow: 'SELFIE' });
    const flow = hostedFlow(api, session.token);
    await flow.start();
    expect((await flow.upload('FACE', await selfieJpeg(779))).status).toBe(201);
    await flow.submit(null);
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'REVIEWING');
    const page = await html(`/dashboard/sessions/${session.id}`);
    expect(page).toContain('<label><input type="checkbox" name="reasons" value="FACE_MISMATCH"> Face does not match the document</label>');
    expect(page).toContain('<label for="other-reasons">Other reason codes (comma-separated)</label>');

    const denied = await operator.post(`/dashboard/sessions/${session.id}/review`, {
      decision: 'DENIED',
      reasons: ['FACE_MISMATCH', 'FAKE_FACE'],
      otherReasons: 'virtual_camera, FAKE_FACE',
    });
    expect(denied.status).toBe(303);
    const row = await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (current) => current.status === 'DENIED');
    expect(row.final).toBe(true);
    const review = await api.db.review.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(review.reasons).toEqual(['FACE_MISMATCH', 'FAKE_FACE', 'VIRTUAL_CAMERA']);
  });

  test('the live endpoint answers for the operator’s own sessions only, and follows a change', async () => {
    const mine = await createSessionByApi(api, account, { clientId: 'live' });
    const theirs = await createSessionByApi(api, await createTestAccount(api.db, 1), { clientId: 'theirs' });
    const live = async () => {
      const response = await operator.get(`/dashboard/sessions/live?ids=${mine.id},${theirs.id},ses_${'0'.repeat(29)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      return response.json();
    };
    expect(await live()).toEqual({ sessions: [{ id: mine.id, status: 'ACTIVE' }] });
    expect((await call(api.baseUrl, 'POST', `/api/v1/sessions/${mine.id}/cancel`, { auth: account.auth })).status).toBe(200);
    expect(await live()).toEqual({ sessions: [{ id: mine.id, status: 'CANCELLED' }] });

    const tooMany = Array.from({ length: 51 }, (_, index) => `ses_${String(index).padStart(29, '0')}`).join(',');
    expect((await operator.get(`/dashboard/sessions/live?ids=${tooMany}`)).status).toBe(422);
    expect((await operator.get(`/dashboard/sessions/live?ids=${account.accountId}`)).status).toBe(422);

    const detail = await html(`/dashboard/sessions/${mine.id}`);
    expect(detail).toContain(`<span class="status" data-status="CANCELLED" data-live-session="${mine.id}" data-live-reload>CANCELLED</span>`);
    expect(detail).toContain('<p class="live" id="live-announcer" aria-live="polite"></p>');
    expect(detail).toContain('<script src="/assets/dashboard-live.js" defer></script>');
    const script = await fetch(`${api.baseUrl}/assets/dashboard-live.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('/dashboard/sessions/live?');
  });

  test('the timeline shows the webhook deliveries of each event with every attempt', async () => {
    const receiver = await startReceiver();
    try {
      let received = 0;
      receiver.answer((_request, response) => {
        received += 1;
        response.writeHead(received === 1 ? 503 : 204).end();
      });
      const session = await createSessionByApi(api, account, { clientId: 'hooked', callbackUrl: receiver.url });
      const delivery = await eventually(
        () => api.db.delivery.findFirst({ where: { event: { entityId: session.id, type: 'session.created' } }, include: { attempts: true } }),
        (row) => row?.status === 'DELIVERED',
      );
      expect(delivery!.attempts.map((attempt) => attempt.httpStatus).sort()).toEqual([204, 503]);

      const page = await html(`/dashboard/sessions/${session.id}`);
      const created = page.slice(page.indexOf('<td>session.created</td>'));
      expect(created).toContain(`<a href="/dashboard/webhooks/${delivery!.endpointId}">${receiver.url}</a> <span class="status" data-status="DELIVERED">DELIVERED</span>`);
      const moment = '<time datetime="[^"]+" title="[\\d-]+ [\\d:]+ UTC" data-local="second">[\\d-]+ [\\d:]+ UTC</time>';
      expect(created).toMatch(new RegExp(`<ol><li>${moment} · attempt 1 · HTTP 503 · \\d+ ms[^<]*</li><li>${moment} · attempt 2 · HTTP 204 · \\d+ ms</li></ol>`));
    } finally {
      await receiver.close();
    }
  });
});
