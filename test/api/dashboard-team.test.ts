/**
 * A dashboard team over real HTTP against the real API, Temporal worker and PostgreSQL: invitations emailed through
 * the outbox and accepted, roles (reviewers kept out of keys, webhooks, credits and the team; viewers deciding
 * nothing), removal and password change ending sessions at once, the last-admin guard, the emailed password reset,
 * and the audit trail of all of it.
 */
import type { OperatorRole } from '@prisma/client';
import { postForm, signedInOperator, type Operator } from '../support/dashboard';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { selfieJpeg } from '../support/images';
import { eventually } from '../support/links';
import { createSessionByApi, hostedFlow, type CreatedSession } from '../support/sessions';

const NEW_PASSWORD = 'purple elephant tuesday';
const MAX_FAILURES = 3;

let api: TestApi;
let account: TestAccount;
let admin: Operator;

beforeAll(async () => {
  api = await startTestApi({ AUTH_MAX_FAILURES: String(MAX_FAILURES) });
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 40);
  admin = await signedInOperator(api, account.accountId);
});

const uniqueEmail = (name: string) => `${name}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@example.com`;

/** The link in the last outbox email of `kind` to `to`. */
async function emailedLink(to: string, kind: 'TEAM_INVITATION' | 'PASSWORD_RESET'): Promise<{ path: string; token: string }> {
  const message = await eventually(
    () => api.db.message.findFirst({ where: { recipient: to, kind }, orderBy: { id: 'desc' } }),
    (row) => row !== null,
  );
  const url = new URL(/(http:\/\/\S+token=[\w-]+)/.exec(message!.text!)![1]!);
  expect(url.origin).toBe(api.baseUrl);
  return { path: url.pathname + url.search, token: url.searchParams.get('token')! };
}

const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0] ?? null;
const get = (path: string, cookie: string) => fetch(api.baseUrl + path, { redirect: 'manual', headers: { cookie } });

async function signIn(email: string, password: string): Promise<Response> {
  return postForm(api, '/dashboard/login', { email, password });
}

async function invite(email: string, role: OperatorRole): Promise<Response> {
  return admin.post('/dashboard/team/invitations', { email, role });
}

/** A selfie-only session the person has submitted: waiting in REVIEWING. */
async function reviewingSession(clientId: string): Promise<CreatedSession> {
  const session = await createSessionByApi(api, account, { clientId, flow: 'SELFIE' });
  const flow = hostedFlow(api, session.token);
  await flow.start();
  expect((await flow.upload('FACE', await selfieJpeg(811))).status).toBe(201);
  await flow.submit(null);
  await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'REVIEWING');
  return session;
}

const navLinks = (html: string) => [...(/<nav aria-label="Sections">(.*?)<\/nav>/s.exec(html)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((match) => match[1]);

describe('invitations', () => {
  test('an invitation lands in the outbox (admins only), is accepted with a password once, and signs the new member in', async () => {
    const email = uniqueEmail('new.reviewer');
    const sent = await invite(email, 'REVIEWER');
    expect(sent.status).toBe(303);
    const invitationId = /invited=(inv_[0-9a-z]{29})$/.exec(sent.headers.get('location')!)![1]!;
    const team = await (await admin.get(sent.headers.get('location')!)).text();
    expect(team).toContain(`No email provider is configured: the invitation to ${email} is in the Outbox, to pass on yourself.`);
    expect(team).toContain(`<tr data-invitation="${email}"><td>${email}</td><td>Reviewer</td>`);

    const message = await api.db.message.findFirstOrThrow({ where: { recipient: email } });
    expect(message).toMatchObject({ kind: 'TEAM_INVITATION', status: 'OUTBOX', sessionId: null, channel: 'EMAIL', idempotencyKey: `invitation:${invitationId}` });
    const { path, token } = await emailedLink(email, 'TEAM_INVITATION');
    expect(path).toBe(`/dashboard/invitation?token=${token}`);
    // Stored only as its hash.
    const stored = await api.db.dashboardInvitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toHaveLength(64);

    // Admins see operator emails in the outbox; reviewers and the API do not.
    expect(await (await admin.get('/dashboard/outbox')).text()).toContain(email);
    const reviewer = await signedInOperator(api, account.accountId, { role: 'REVIEWER' });
    expect(await (await reviewer.get('/dashboard/outbox')).text()).not.toContain(email);
    const outbox = await call(api.baseUrl, 'GET', '/api/v1/outbox', { auth: account.auth });
    expect(outbox.status).toBe(200);
    expect(JSON.stringify(outbox.json)).not.toContain(email);

    const page = await fetch(api.baseUrl + path);
    expect(page.status).toBe(200);
    const pageHtml = await page.text();
    expect(pageHtml).toContain('<h1>Join Test account</h1>');
    expect(pageHtml).toContain(`Your sign-in is <strong>${email}</strong>`);

    const short = await postForm(api, '/dashboard/invitation', { token, password: 'short', confirm: 'short' });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('New password: Use at least 12 characters.');
    const mismatch = await postForm(api, '/dashboard/invitation', { token, password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}!` });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toContain('The two passwords are not the same.');

    const accepted = await postForm(api, '/dashboard/invitation', { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe('/dashboard');
    const cookie = cookieOf(accepted)!;
    const home = await get('/dashboard', cookie);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(email);
    const member = await api.db.dashboardUser.findUniqueOrThrow({ where: { email } });
    expect(member).toMatchObject({ accountId: account.accountId, role: 'REVIEWER' });
    expect(member.lastSignInAt).not.toBeNull();

    // Single use: the same link again is refused, and the page says so.
    const again = await postForm(api, '/dashboard/invitation', { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('This invitation link has been used, has expired or was withdrawn.');
    expect((await fetch(api.baseUrl + path)).status).toBe(410);

    expect((await signIn(email, NEW_PASSWORD)).status).toBe(303);
    const members = await (await admin.get('/dashboard/team')).text();
    expect(members).toContain(`<tr data-member="${email}">`);
    expect(members).not.toContain(`data-invitation="${email}"`);
  });

  test('an expired or replaced invitation no longer works; an email that already signs in is refused beside the field', async () => {
    const email = uniqueEmail('late');
    await invite(email, 'VIEWER');
    const first = await emailedLink(email, 'TEAM_INVITATION');
    await invite(email, 'REVIEWER');
    const second = await emailedLink(email, 'TEAM_INVITATION');
    expect(second.token).not.toBe(first.token);
    expect((await fetch(api.baseUrl + first.path)).status).toBe(410);

    await api.db.dashboardInvitation.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await fetch(api.baseUrl + second.path)).status).toBe(410);
    expect((await postForm(api, '/dashboard/invitation', { token: second.token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })).status).toBe(410);
    expect(await api.db.dashboardUser.count({ where: { email } })).toBe(0);

    const taken = await invite(admin.email, 'VIEWER');
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('<a href="#invite-email">Email: This email already signs in to a Magic Link dashboard.</a>');
    const bad = await invite('not an email', 'VIEWER');
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Email: Enter an email address such as name@example.com.');
  });
});

describe('roles', () => {
  test('a reviewer gets 403 on keys, webhook endpoints, credits and the team, and no link to them', async () => {
    const reviewer = await signedInOperator(api, account.accountId, { role: 'REVIEWER' });
    for (const path of ['/dashboard/api-keys', '/dashboard/API-Keys/', '/dashboard/webhooks', '/dashboard/webhooks/new', '/dashboard/credits', '/dashboard/ledger', '/dashboard/team']) {
      const response = await reviewer.get(path);
      expect([path, response.status]).toEqual([path, 403]);
      expect(await response.text()).toContain('You are signed in as a <strong>reviewer</strong>, and this part of the dashboard is for other roles.');
    }
    expect((await reviewer.post('/dashboard/webhooks', { url: 'https://example.com/hook' })).status).toBe(403);
    expect((await reviewer.post('/dashboard/team/invitations', { email: uniqueEmail('sneaky'), role: 'ADMIN' })).status).toBe(403);
    expect(await api.db.dashboardInvitation.count({ where: { accountId: account.accountId } })).toBe(0);

    // The branding is shown to every role (only admins change it).
    expect(navLinks(await (await reviewer.get('/dashboard')).text())).toEqual(['/dashboard', '/dashboard/links', '/dashboard/sessions', '/dashboard/outbox', '/dashboard/branding', '/dashboard/reports', '/dashboard/audit']);
    expect(navLinks(await (await admin.get('/dashboard')).text())).toEqual([
      '/dashboard',
      '/dashboard/credits',
      '/dashboard/links',
      '/dashboard/sessions',
      '/dashboard/webhooks',
      '/dashboard/outbox',
      '/dashboard/api-keys',
      '/dashboard/branding',
      '/dashboard/reports',
      '/dashboard/audit',
      '/dashboard/team',
    ]);
  });

  test('a viewer sees a session in review without the decision form, claims nothing, and cannot decide (403); a reviewer can', async () => {
    const session = await reviewingSession('viewer-look');
    const viewer = await signedInOperator(api, account.accountId, { role: 'VIEWER' });
    const page = await viewer.get(`/dashboard/sessions/${session.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('data-review-form');
    expect(html).toContain('As a viewer you can look, not decide.');
    expect(await api.db.reviewClaim.count({ where: { sessionId: session.id } })).toBe(0);

    const decided = await viewer.post(`/dashboard/sessions/${session.id}/review`, { decision: 'APPROVED' });
    expect(decided.status).toBe(403);
    expect(await api.db.review.count({ where: { sessionId: session.id } })).toBe(0);
    expect((await viewer.post('/dashboard/links', { name: 'Viewer link' })).status).toBe(403);
    // Forms to change things are neither offered nor opened.
    expect(await (await viewer.get('/dashboard/links')).text()).not.toContain('href="/dashboard/links/new"');
    expect(await (await viewer.get('/dashboard/sessions')).text()).not.toContain('href="/dashboard/sessions/new"');
    for (const path of ['/dashboard/links/new', '/dashboard/sessions/new', `/dashboard/sessions/${session.id}/cancel`]) expect((await viewer.get(path)).status).toBe(403);

    const reviewer = await signedInOperator(api, account.accountId, { role: 'REVIEWER' });
    expect(await (await reviewer.get(`/dashboard/sessions/${session.id}`)).text()).toContain('data-review-form');
    expect(await api.db.reviewClaim.findUniqueOrThrow({ where: { sessionId: session.id } })).toMatchObject({ userEmail: reviewer.email });
    expect((await reviewer.post(`/dashboard/sessions/${session.id}/review`, { decision: 'APPROVED' })).status).toBe(303);
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'APPROVED');
  });
});

describe('members', () => {
  test('an admin changes a role and removes a member, whose session ends at once; nobody removes themselves or demotes the last admin', async () => {
    const member = await signedInOperator(api, account.accountId, { role: 'VIEWER' });
    const memberRow = await api.db.dashboardUser.findUniqueOrThrow({ where: { email: member.email } });
    const adminRow = await api.db.dashboardUser.findUniqueOrThrow({ where: { email: admin.email } });

    const changed = await admin.post(`/dashboard/team/${memberRow.id}/role`, { role: 'ADMIN' });
    expect(changed.status).toBe(303);
    expect(await (await admin.get(changed.headers.get('location')!)).text()).toContain(`${member.email} is now admin.`);
    expect((await member.get('/dashboard/team')).status).toBe(200);
    expect((await admin.post(`/dashboard/team/${memberRow.id}/role`, { role: 'OWNER' })).status).toBe(422);

    const self = await admin.post(`/dashboard/team/${adminRow.id}/remove`);
    expect(self.status).toBe(409);
    expect(await self.text()).toContain('You can’t remove yourself; another admin can.');

    const removed = await admin.post(`/dashboard/team/${memberRow.id}/remove`);
    expect(removed.status).toBe(303);
    expect(await api.db.dashboardUser.count({ where: { id: memberRow.id } })).toBe(0);
    expect(await api.db.dashboardSession.count({ where: { userId: memberRow.id } })).toBe(0);
    const after = await member.get('/dashboard');
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/dashboard/login?next=%2Fdashboard');
    expect((await postForm(api, '/dashboard/logout', { _csrf: 'x' }, member.cookie)).status).toBe(401);
    expect((await signIn(member.email, member.password)).status).toBe(401);

    // The admin is now the only one: they can't make themselves a reviewer.
    const lastAdmin = await admin.post(`/dashboard/team/${adminRow.id}/role`, { role: 'REVIEWER' });
    expect(lastAdmin.status).toBe(409);
    expect(await lastAdmin.text()).toContain('An account keeps at least one admin: make another member admin first.');
    expect((await api.db.dashboardUser.findUniqueOrThrow({ where: { id: adminRow.id } })).role).toBe('ADMIN');
    expect((await admin.get('/dashboard/team/usr_000000000000000000000000000000/remove')).status).toBe(404);
  });
});

describe('passwords', () => {
  test('a password change needs the current password, ends every other session and re-issues this one', async () => {
    const elsewhere = cookieOf(await signIn(admin.email, admin.password))!;
    expect((await get('/dashboard', elsewhere)).status).toBe(200);

    const wrong = await admin.post('/dashboard/password', { current: 'not it at all', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('<a href="#current-password">Current password: This is not your current password.</a>');

    const changed = await admin.post('/dashboard/password', { current: admin.password, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(changed.status).toBe(303);
    const renewed = cookieOf(changed)!;
    expect(renewed).not.toBe(admin.cookie);
    expect(await (await get('/dashboard/password?changed=1', renewed)).text()).toContain('Password changed. Your other sessions are signed out.');
    expect((await get('/dashboard', elsewhere)).status).toBe(303);
    expect((await admin.get('/dashboard')).status).toBe(303);

    expect((await signIn(admin.email, admin.password)).status).toBe(401);
    expect((await signIn(admin.email, NEW_PASSWORD)).status).toBe(303);
  });

  test('a reset answers the same for unknown emails, sends a single-use link that expires, and ends the sessions', async () => {
    const unknown = await postForm(api, '/dashboard/password-reset', { email: 'nobody-here@example.com' });
    const known = await postForm(api, '/dashboard/password-reset', { email: admin.email });
    expect([unknown.status, known.status]).toEqual([200, 200]);
    expect((await known.text()).replace(admin.email, 'EMAIL')).toBe((await unknown.text()).replace('nobody-here@example.com', 'EMAIL'));
    expect(await api.db.message.count({ where: { recipient: 'nobody-here@example.com' } })).toBe(0);

    const { path, token } = await emailedLink(admin.email, 'PASSWORD_RESET');
    expect(path).toBe(`/dashboard/password-reset/new?token=${token}`);
    expect((await fetch(api.baseUrl + path)).status).toBe(200);
    const reset = await postForm(api, '/dashboard/password-reset/new', { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(reset.status).toBe(303);
    expect((await get('/dashboard', cookieOf(reset)!)).status).toBe(200);
    expect((await admin.get('/dashboard')).status).toBe(303);
    expect((await signIn(admin.email, NEW_PASSWORD)).status).toBe(303);

    const reused = await postForm(api, '/dashboard/password-reset/new', { token, password: 'another long password', confirm: 'another long password' });
    expect(reused.status).toBe(410);
    expect(await reused.text()).toContain('This reset link has been used or has expired');
    expect((await signIn(admin.email, NEW_PASSWORD)).status).toBe(303);

    await postForm(api, '/dashboard/password-reset', { email: admin.email });
    const late = await eventually(
      () => emailedLink(admin.email, 'PASSWORD_RESET'),
      (link) => link.token !== token,
    );
    await api.db.dashboardPasswordReset.updateMany({ where: { usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await fetch(api.baseUrl + late.path)).status).toBe(410);
    expect((await postForm(api, '/dashboard/password-reset/new', { token: late.token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })).status).toBe(410);
  });

  test('reset requests for one email are throttled like sign-ins (429 with Retry-After), known or not', async () => {
    for (const email of [admin.email, uniqueEmail('ghost')]) {
      for (let request = 0; request < MAX_FAILURES; request += 1) expect((await postForm(api, '/dashboard/password-reset', { email })).status).toBe(200);
      const throttled = await postForm(api, '/dashboard/password-reset', { email });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });
});

test('the audit trail records invitations, acceptance, role changes, removal, password change and reset, in order, with the actor', async () => {
  const adminRow = await api.db.dashboardUser.findUniqueOrThrow({ where: { email: admin.email } });
  const email = uniqueEmail('audited');
  await invite(email, 'VIEWER');
  const { token } = await emailedLink(email, 'TEAM_INVITATION');
  const accepted = await postForm(api, '/dashboard/invitation', { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
  const memberCookie = cookieOf(accepted)!;
  const member = await api.db.dashboardUser.findUniqueOrThrow({ where: { email } });
  await admin.post(`/dashboard/team/${member.id}/role`, { role: 'REVIEWER' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await (await get('/dashboard/password', memberCookie)).text())![1]!;
  expect((await postForm(api, '/dashboard/password', { _csrf: csrf, current: NEW_PASSWORD, password: 'a brand new passphrase', confirm: 'a brand new passphrase' }, memberCookie)).status).toBe(303);
  await postForm(api, '/dashboard/password-reset', { email });
  const reset = await emailedLink(email, 'PASSWORD_RESET');
  expect((await postForm(api, '/dashboard/password-reset/new', { token: reset.token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })).status).toBe(303);
  await admin.post(`/dashboard/team/${member.id}/remove`);

  const entries = await api.db.auditEntry.findMany({ where: { accountId: account.accountId, action: { not: 'operator.signed_in' } }, orderBy: { id: 'asc' } });
  const invitation = await api.db.dashboardInvitation.findFirstOrThrow({ where: { email } });
  expect(entries.map((entry) => [entry.action, entry.actorEmail, entry.subjectId, entry.detail])).toEqual([
    ['member.invited', admin.email, invitation.id, { email, role: 'VIEWER', delivery: 'OUTBOX' }],
    ['member.invitation_accepted', email, member.id, { invitationId: invitation.id, role: 'VIEWER' }],
    ['member.role_changed', admin.email, member.id, { email, from: 'VIEWER', to: 'REVIEWER' }],
    ['operator.password_changed', email, member.id, null],
    ['operator.password_reset', email, member.id, null],
    ['member.removed', admin.email, member.id, { email, role: 'REVIEWER' }],
  ]);
  expect(entries.every((entry) => entry.ipAddress !== null)).toBe(true);
  expect(entries.filter((entry) => entry.actorEmail === admin.email).every((entry) => entry.actorId === adminRow.id)).toBe(true);
  const log = await (await admin.get('/dashboard/audit')).text();
  expect(log).toContain('<code>member.removed</code>');
});
