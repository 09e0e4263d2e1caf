/**
 * Two-factor sign-in over real HTTP against the real API and PostgreSQL: set up with the QR code's secret (codes
 * computed here as an authenticator app would), then signing in takes a code after the password; a recovery code
 * works once; wrong codes are throttled (429) and recorded; a code is not accepted twice; an account's requirement
 * sends operators without it to set it up; turning it off and new recovery codes need a code; the audit trail in order.
 */
import { signedInOperator, csrfOf, postForm, type Operator } from '../support/dashboard';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { totpCodeAt } from '../../lib/two-factor/totp';
import { RECOVERY_CODE_COUNT } from '../../lib/two-factor/recovery-codes';

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

const SETTINGS = '/dashboard/me/two-factor';
/** A code of the next 30-second step: accepted (one step of drift) even when the current step's code was used just before. */
const nextCode = (secret: string) => totpCodeAt(secret, Date.now() + 30_000);
const cookieOf = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .find((cookie) => cookie.startsWith(`${name}=`) && cookie.length > name.length + 1);

/** Sets two-factor sign-in up for the operator: the secret read from the page, and the recovery codes shown once. */
async function enrol(operator: Operator): Promise<{ secret: string; recoveryCodes: string[]; confirmCode: string }> {
  expect((await operator.post(`${SETTINGS}/setup`)).status).toBe(303);
  const page = await (await operator.get(SETTINGS)).text();
  const secret = /<code class="totp-secret">([A-Z2-7]{32})<\/code>/.exec(page)![1]!;
  const confirmCode = totpCodeAt(secret);
  const confirmed = await operator.post(`${SETTINGS}/confirm`, { code: confirmCode });
  expect(confirmed.status).toBe(200);
  const recoveryCodes = [...(await confirmed.text()).matchAll(/<li><code>([0-9a-z-]{19})<\/code><\/li>/g)].map((match) => match[1]!);
  expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
  return { secret, recoveryCodes, confirmCode };
}

/** Email and password: the pending sign-in's cookie, and no session yet. */
async function passwordStep(operator: Operator): Promise<string> {
  const response = await postForm(api, '/dashboard/login', { email: operator.email, password: operator.password, next: '/dashboard/sessions' });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/dashboard/login/two-factor');
  expect(cookieOf(response, 'mld_session')).toBeUndefined();
  return cookieOf(response, 'mld_sign_in')!;
}

function codeStep(pending: string, code: string): Promise<Response> {
  return postForm(api, '/dashboard/login/two-factor', { code }, pending);
}

async function auditTrail(userId: string) {
  const entries = await api.db.auditEntry.findMany({ where: { actorId: userId }, orderBy: { id: 'asc' } });
  return entries.map((entry) => [entry.action, entry.actorEmail, entry.detail]);
}

const userIdOf = async (operator: Operator) => (await api.db.dashboardUser.findUniqueOrThrow({ where: { email: operator.email } })).id;

test('set up with the QR code secret; then sign-in takes the password and a code, the pending step signs nobody in, and a code is never accepted twice', async () => {
  const operator = await signedInOperator(api, account.accountId);
  const userId = await userIdOf(operator);
  const off = await (await operator.get(SETTINGS)).text();
  expect(off).toContain('Two-factor sign-in is <strong>off</strong>');

  expect((await operator.post(`${SETTINGS}/setup`)).status).toBe(303);
  const pendingPage = await (await operator.get(SETTINGS)).text();
  const secret = /<code class="totp-secret">([A-Z2-7]{32})<\/code>/.exec(pendingPage)![1]!;
  const qr = /<img class="qr" src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)"/.exec(pendingPage)![1]!;
  expect(Buffer.from(qr, 'base64').toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const stored = await api.db.twoFactorCredential.findUniqueOrThrow({ where: { userId } });
  expect(stored.enabledAt).toBeNull();
  expect(Buffer.from(stored.secretCiphertext, 'base64').includes(secret)).toBe(false);

  const wrong = await operator.post(`${SETTINGS}/confirm`, { code: totpCodeAt(secret, Date.now() - 300_000) });
  expect(wrong.status).toBe(422);
  expect(await wrong.text()).toContain('<p class="field-error" id="confirm-code-error">That code is not right, or was used already.</p>');
  expect((await api.db.twoFactorCredential.findUniqueOrThrow({ where: { userId } })).enabledAt).toBeNull();

  const confirmCode = totpCodeAt(secret);
  const confirmed = await operator.post(`${SETTINGS}/confirm`, { code: confirmCode });
  expect(confirmed.status).toBe(200);
  const recoveryCodes = [...(await confirmed.text()).matchAll(/<li><code>([0-9a-z-]{19})<\/code><\/li>/g)].map((match) => match[1]!);
  expect(recoveryCodes).toHaveLength(10);
  const hashes = await api.db.recoveryCode.findMany({ where: { userId } });
  expect(hashes).toHaveLength(10);
  expect(hashes.every((row) => /^[0-9a-f]{64}$/.test(row.codeHash) && !recoveryCodes.includes(row.codeHash))).toBe(true);
  expect(await (await operator.get(SETTINGS)).text()).toContain('Two-factor sign-in is <strong>on</strong>');

  expect((await operator.post('/dashboard/logout')).status).toBe(303);
  const pending = await passwordStep(operator);
  // The pending sign-in is not a session: the dashboard still sends it to sign in.
  const notSignedIn = await fetch(`${api.baseUrl}/dashboard/sessions`, { redirect: 'manual', headers: { cookie: pending } });
  expect([notSignedIn.status, notSignedIn.headers.get('location')]).toEqual([303, '/dashboard/login?next=%2Fdashboard%2Fsessions']);
  expect((await fetch(`${api.baseUrl}/dashboard/login/two-factor`, { headers: { cookie: pending } })).status).toBe(200);

  // The code that confirmed the set-up was used: refused, though still inside its window.
  const replayed = await codeStep(pending, confirmCode);
  expect(replayed.status).toBe(401);
  expect(await replayed.text()).toContain('That code is not right, or was used already.');

  const code = nextCode(secret);
  const signedIn = await codeStep(pending, code);
  expect([signedIn.status, signedIn.headers.get('location')]).toEqual([303, '/dashboard/sessions']);
  const session = cookieOf(signedIn, 'mld_session')!;
  expect((await fetch(`${api.baseUrl}/dashboard/sessions`, { redirect: 'manual', headers: { cookie: session } })).status).toBe(200);
  expect(await api.db.signInChallenge.count({ where: { userId } })).toBe(0);

  // The same code on a new pending sign-in: refused.
  const again = await codeStep(await passwordStep(operator), code);
  expect(again.status).toBe(401);
  expect(cookieOf(again, 'mld_session')).toBeUndefined();

  expect(await auditTrail(userId)).toEqual([
    ['operator.signed_in', operator.email, null],
    ['two_factor.code_refused', operator.email, { check: 'confirm_setup', lockedOut: false }],
    ['two_factor.enabled', operator.email, null],
    ['two_factor.code_refused', operator.email, { check: 'sign_in', lockedOut: false }],
    ['operator.signed_in', operator.email, { secondFactor: 'TOTP' }],
    ['two_factor.code_refused', operator.email, { check: 'sign_in', lockedOut: false }],
  ]);
});

test('a recovery code signs in once, typed in any case; a pending sign-in without its cookie, expired or used goes back to the password', async () => {
  const operator = await signedInOperator(api, account.accountId);
  const userId = await userIdOf(operator);
  const { recoveryCodes } = await enrol(operator);

  const first = await codeStep(await passwordStep(operator), recoveryCodes[3]!.toUpperCase());
  expect([first.status, first.headers.get('location')]).toEqual([303, '/dashboard/sessions']);
  expect(cookieOf(first, 'mld_session')).toBeDefined();
  const reused = await codeStep(await passwordStep(operator), recoveryCodes[3]!);
  expect(reused.status).toBe(401);
  expect(await reused.text()).toContain('That is neither a six-digit code from the app nor an unused recovery code.');
  expect(await api.db.recoveryCode.count({ where: { userId, usedAt: null } })).toBe(9);
  expect(await (await operator.get(SETTINGS)).text()).toContain('9 of 10 recovery codes are left');

  // No pending sign-in, or an expired one: back to the password, and no code is even looked at.
  const none = await postForm(api, '/dashboard/login/two-factor', { code: recoveryCodes[4]! });
  expect([none.status, none.headers.get('location')]).toEqual([303, '/dashboard/login']);
  const pending = await passwordStep(operator);
  await api.db.signInChallenge.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const expired = await codeStep(pending, recoveryCodes[4]!);
  expect([expired.status, expired.headers.get('location')]).toEqual([303, '/dashboard/login']);
  expect(await api.db.recoveryCode.count({ where: { userId, usedAt: null } })).toBe(9);

  const actions = (await auditTrail(userId)).map(([action, , detail]) => [action, detail]);
  expect(actions.slice(-4)).toEqual([
    ['two_factor.enabled', null],
    ['two_factor.recovery_code_used', { recoveryCodesLeft: 9 }],
    ['operator.signed_in', { secondFactor: 'RECOVERY_CODE' }],
    ['two_factor.code_refused', { check: 'sign_in', lockedOut: false }],
  ]);
});

test('wrong codes are throttled: the fifth locks the operator out, then 429 with Retry-After, even for the right code', async () => {
  const operator = await signedInOperator(api, account.accountId);
  const userId = await userIdOf(operator);
  const { secret } = await enrol(operator);
  const pending = await passwordStep(operator);
  const statuses = [];
  for (const code of ['000000', '111111', '222222', '333333', '444444']) statuses.push((await codeStep(pending, code)).status);
  expect(statuses).toEqual([401, 401, 401, 401, 401]);
  const locked = await codeStep(pending, nextCode(secret));
  expect(locked.status).toBe(429);
  expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
  expect(await locked.text()).toContain('Too many wrong codes. Try again in 15 min.');
  expect(cookieOf(locked, 'mld_session')).toBeUndefined();
  // The settings asking for a code share the count.
  expect((await operator.post(`${SETTINGS}/disable`, { code: nextCode(secret) })).status).toBe(429);
  expect(await api.db.twoFactorCredential.count({ where: { userId } })).toBe(1);

  const refused = (await auditTrail(userId)).filter(([action]) => action === 'two_factor.code_refused').map(([, , detail]) => detail);
  expect(refused).toEqual([...Array(4).fill({ check: 'sign_in', lockedOut: false }), { check: 'sign_in', lockedOut: true }]);
});

test('an account requiring two-factor sign-in sends an operator without it to set it up, and lets them do nothing else until they have', async () => {
  const admin = await signedInOperator(api, account.accountId);
  const member = await signedInOperator(api, account.accountId, { isAdmin: false });
  const memberId = await userIdOf(member);
  // Only admins change the requirement.
  expect((await member.post('/dashboard/two-factor-requirement', { required: 'on' })).status).toBe(403);
  expect((await admin.post('/dashboard/two-factor-requirement', { required: 'on' })).status).toBe(303);
  expect((await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } })).requireTwoFactor).toBe(true);

  for (const path of ['/dashboard', '/dashboard/sessions', '/dashboard/credits', '/dashboard/audit']) {
    const response = await member.get(path);
    expect([path, response.status, response.headers.get('location')]).toEqual([path, 303, SETTINGS]);
  }
  const page = await (await member.get(SETTINGS)).text();
  expect(page).toContain('Test account requires two-factor sign-in of every operator: set it up to go on using the dashboard.');
  const csrf = csrfOf(page);
  const blocked = await postForm(api, '/dashboard/links', { _csrf: csrf, name: 'x' }, member.cookie);
  expect(blocked.status).toBe(403);
  expect(await blocked.text()).toBe('This account requires two-factor sign-in: set it up first, at /dashboard/me/two-factor.');
  // Signing out stays open.
  expect((await postForm(api, '/dashboard/logout', { _csrf: csrf }, member.cookie)).status).toBe(303);

  // A fresh sign-in lands on the set-up; once set up, the dashboard opens.
  const login = await postForm(api, '/dashboard/login', { email: member.email, password: member.password });
  const cookie = cookieOf(login, 'mld_session')!;
  const home = await fetch(`${api.baseUrl}/dashboard`, { redirect: 'manual', headers: { cookie } });
  expect([home.status, home.headers.get('location')]).toEqual([303, SETTINGS]);
  const settings = await (await fetch(`${api.baseUrl}${SETTINGS}`, { headers: { cookie } })).text();
  expect((await postForm(api, `${SETTINGS}/setup`, { _csrf: csrfOf(settings) }, cookie)).status).toBe(303);
  const secret = /<code class="totp-secret">([A-Z2-7]{32})<\/code>/.exec(await (await fetch(`${api.baseUrl}${SETTINGS}`, { headers: { cookie } })).text())![1]!;
  expect((await postForm(api, `${SETTINGS}/confirm`, { _csrf: csrfOf(settings), code: totpCodeAt(secret) }, cookie)).status).toBe(200);
  expect((await fetch(`${api.baseUrl}/dashboard`, { redirect: 'manual', headers: { cookie } })).status).toBe(200);

  // The admin who turned it on has no second factor either: set it up first, then the requirement can go.
  const adminPost = async (path: string, fields: Record<string, string>) =>
    postForm(api, path, { _csrf: csrfOf(await (await admin.get(SETTINGS)).text()), ...fields }, admin.cookie);
  expect((await adminPost('/dashboard/two-factor-requirement', {})).status).toBe(403);
  expect((await adminPost(`${SETTINGS}/setup`, {})).status).toBe(303);
  const adminSecret = /<code class="totp-secret">([A-Z2-7]{32})<\/code>/.exec(await (await admin.get(SETTINGS)).text())![1]!;
  expect((await adminPost(`${SETTINGS}/confirm`, { code: totpCodeAt(adminSecret) })).status).toBe(200);
  expect((await adminPost('/dashboard/two-factor-requirement', {})).status).toBe(303);
  const adminId = await userIdOf(admin);
  const changes = await api.db.auditEntry.findMany({ where: { accountId: account.accountId, action: 'two_factor.requirement_changed' }, orderBy: { id: 'asc' } });
  expect(changes.map((entry) => [entry.actorId, entry.actorEmail, entry.subjectId, entry.detail])).toEqual([
    [adminId, admin.email, account.accountId, { required: true }],
    [adminId, admin.email, account.accountId, { required: false }],
  ]);
  expect((await auditTrail(memberId)).map(([action]) => action)).toEqual(['operator.signed_in', 'operator.signed_in', 'two_factor.enabled']);
});

test('new recovery codes and turning it off each need a code; the old recovery codes stop working; off, the password alone signs in', async () => {
  const operator = await signedInOperator(api, account.accountId);
  const userId = await userIdOf(operator);
  const { secret, recoveryCodes } = await enrol(operator);

  const refused = await operator.post(`${SETTINGS}/recovery-codes`, { code: '' });
  expect(refused.status).toBe(422);
  expect(await refused.text()).toContain('<p class="field-error" id="regenerate-code-error">Enter a code.</p>');
  const regenerated = await operator.post(`${SETTINGS}/recovery-codes`, { code: recoveryCodes[0]! });
  expect(regenerated.status).toBe(200);
  const fresh = [...(await regenerated.text()).matchAll(/<li><code>([0-9a-z-]{19})<\/code><\/li>/g)].map((match) => match[1]!);
  expect(fresh).toHaveLength(10);
  expect(fresh.some((code) => recoveryCodes.includes(code))).toBe(false);
  expect((await codeStep(await passwordStep(operator), recoveryCodes[1]!)).status).toBe(401);

  expect((await operator.post(`${SETTINGS}/disable`, { code: '123456' })).status).toBe(422);
  expect(await api.db.twoFactorCredential.count({ where: { userId } })).toBe(1);
  const disabled = await operator.post(`${SETTINGS}/disable`, { code: nextCode(secret) });
  expect([disabled.status, disabled.headers.get('location')]).toEqual([303, `${SETTINGS}?done=disabled`]);
  expect([await api.db.twoFactorCredential.count({ where: { userId } }), await api.db.recoveryCode.count({ where: { userId } })]).toEqual([0, 0]);
  const login = await postForm(api, '/dashboard/login', { email: operator.email, password: operator.password });
  expect([login.status, login.headers.get('location')]).toEqual([303, '/dashboard']);
  expect(cookieOf(login, 'mld_session')).toBeDefined();

  expect((await auditTrail(userId)).map(([action, , detail]) => [action, detail])).toEqual([
    ['operator.signed_in', null],
    ['two_factor.enabled', null],
    ['two_factor.code_refused', { check: 'regenerate_recovery_codes', lockedOut: false }],
    ['two_factor.recovery_code_used', { recoveryCodesLeft: 9 }],
    ['two_factor.recovery_codes_regenerated', null],
    ['two_factor.code_refused', { check: 'sign_in', lockedOut: false }],
    ['two_factor.code_refused', { check: 'disable', lockedOut: false }],
    ['two_factor.disabled', null],
    ['operator.signed_in', null],
  ]);
});
