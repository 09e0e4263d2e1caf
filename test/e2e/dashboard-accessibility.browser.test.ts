/**
 * axe-core (WCAG 2.2 AA) on every dashboard page, in headless Chromium against the real API, Temporal worker and
 * PostgreSQL: the sign-in page, then each section and one item of each as a signed-in operator sees them.
 */
import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { DESKTOP } from '../support/browser';
import { postForm, signedInOperator } from '../support/dashboard';
import { call } from '../support/harness';
import { selfieJpeg } from '../support/images';
import { createLink, eventually } from '../support/links';
import { createSessionByApi, hostedFlow } from '../support/sessions';
import { browserSuite, signInWith } from '../support/browser-suite';

const suite = browserSuite('dashboard-accessibility', { credits: 10, accountPerTest: false });

/** The page at `path` as loaded (its status, and its own path: not redirected elsewhere) and what axe-core finds on it. */
async function findings(page: Page, path: string): Promise<{ page: string; status?: number; violations: string[] }> {
  const response = await page.goto(`${suite.api.baseUrl}${path}`);
  return { page: new URL(page.url()).pathname, status: response?.status(), violations: await accessibilityViolations(page) };
}

test('the sign-in page has no WCAG 2.2 AA violations', async () => {
  expect(await findings(await suite.newPage(DESKTOP), '/dashboard/login')).toEqual({ page: '/dashboard/login', status: 200, violations: [] });
});

// Some 25 pages, each loaded and checked by axe-core: more than Jest's 60 s on a loaded two-core machine.
test('every section of the dashboard, and one item of each, has no WCAG 2.2 AA violations', async () => {
  const session = await createSessionByApi(suite.api, suite.account, { clientId: 'a11y', flow: 'SELFIE' });
  // A submitted session waiting in REVIEWING: its page carries the review form.
  const reviewing = await createSessionByApi(suite.api, suite.account, { clientId: 'a11y-review', flow: 'SELFIE' });
  const flow = hostedFlow(suite.api, reviewing.token);
  await flow.start();
  expect((await flow.upload('FACE', await selfieJpeg(901))).status).toBe(201);
  await flow.submit(null);
  await eventually(() => suite.api.db.session.findUniqueOrThrow({ where: { id: reviewing.id } }), (row) => row.status === 'REVIEWING');
  const link = await createLink(suite.api, suite.account, { name: 'Front desk', flow: 'SELFIE', usage: { type: 'UNLIMITED' } });
  const endpoint = await call(suite.api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: suite.account.auth, body: { url: 'http://127.0.0.1:9/hooks', description: 'CRM' } });
  expect(endpoint.status).toBe(201);
  const operator = await signedInOperator(suite.api, suite.account.accountId);
  // Branded, so the branding page's preview is checked with an accent colour, a contact and a policy link.
  const branding = { businessName: 'Acme Bank', accentColor: '#0b5394', supportContact: 'help@acme.example', privacyPolicyUrl: 'https://acme.example/privacy' };
  expect((await call(suite.api.baseUrl, 'PUT', '/api/v1/account/branding', { auth: suite.account.auth, body: branding })).status).toBe(200);
  const page = await signInWith(suite, await suite.newPage(DESKTOP), operator.cookie);
  // The team page with a member beside the admin and an open invitation.
  const member = await signedInOperator(suite.api, suite.account.accountId, { role: 'REVIEWER' });
  const memberId = (await suite.api.db.dashboardUser.findUniqueOrThrow({ where: { email: member.email } })).id;
  expect((await operator.post('/dashboard/team/invitations', { email: 'a11y-invitee@example.com', role: 'VIEWER' })).status).toBe(303);
  const paths = [
    '/dashboard',
    '/dashboard/sessions',
    `/dashboard/sessions/${session.id}`,
    `/dashboard/sessions/${session.id}/cancel`,
    `/dashboard/sessions/${reviewing.id}`,
    '/dashboard/sessions/new',
    '/dashboard/links',
    `/dashboard/links/${link.id}`,
    `/dashboard/links/${link.id}/deactivate`,
    '/dashboard/links/new',
    '/dashboard/webhooks',
    `/dashboard/webhooks/${endpoint.json.id}`,
    `/dashboard/webhooks/${endpoint.json.id}/edit`,
    `/dashboard/webhooks/${endpoint.json.id}/delete`,
    `/dashboard/webhooks/${endpoint.json.id}/rotate-secret`,
    '/dashboard/webhooks/new',
    '/dashboard/api-keys',
    `/dashboard/api-keys/${suite.account.keyId}/revoke`,
    '/dashboard/credits',
    '/dashboard/ledger',
    '/dashboard/outbox',
    '/dashboard/me/two-factor',
    '/dashboard/team',
    `/dashboard/team/${memberId}/remove`,
    '/dashboard/password',
    '/dashboard/branding',
  ];
  // Every page's findings at once, so one run names everything to fix.
  const found = [];
  for (const path of paths) found.push(await findings(page, path));
  await page.goto(`${suite.api.baseUrl}/dashboard/team`);
  await page.screenshot({ path: suite.artifact('team'), fullPage: true });
  // Then with a decision made: the decided session, its audit entry and the reports' tables.
  expect((await operator.post(`/dashboard/sessions/${reviewing.id}/review`, { decision: 'DENIED', reasons: ['FAKE_FACE'] })).status).toBe(303);
  await eventually(() => suite.api.db.session.findUniqueOrThrow({ where: { id: reviewing.id } }), (row) => row.status === 'DENIED');
  const decidedPaths = [`/dashboard/sessions/${reviewing.id}`, '/dashboard/audit', '/dashboard/reports'];
  for (const path of decidedPaths) found.push(await findings(page, path));
  expect(found).toEqual([...paths, ...decidedPaths].map((path) => ({ page: path, status: 200, violations: [] })));
  expect(await page.locator('tr[data-reason="FAKE_FACE"]').count()).toBe(1);
  // Some thirty pages, each checked by axe-core: on a busy two-core machine that outlasts the default minute.
}, 180_000);

test('the invitation and password-reset pages have no WCAG 2.2 AA violations, and an invitation is accepted in the browser', async () => {
  const admin = await signedInOperator(suite.api, suite.account.accountId);
  const email = `invitee-${Date.now().toString(36)}@example.com`;
  expect((await admin.post('/dashboard/team/invitations', { email, role: 'REVIEWER' })).status).toBe(303);
  const linkIn = async (kind: string, to: string) => {
    const message = await eventually(
      () => suite.api.db.message.findFirst({ where: { recipient: to, kind }, orderBy: { id: 'desc' } }),
      (row) => row !== null,
    );
    return new URL(/(http:\/\/\S+token=[\w-]+)/.exec(message!.text!)![1]!);
  };
  const invitation = await linkIn('TEAM_INVITATION', email);
  expect((await postForm(suite.api, '/dashboard/password-reset', { email: admin.email })).status).toBe(200);
  const reset = await linkIn('PASSWORD_RESET', admin.email);

  const page = await suite.newPage(DESKTOP);
  const found = [];
  for (const path of ['/dashboard/password-reset', reset.pathname + reset.search, invitation.pathname + invitation.search]) found.push(await findings(page, path));
  expect(found.map(({ status, violations }) => ({ status, violations }))).toEqual([0, 1, 2].map(() => ({ status: 200, violations: [] })));

  // The page is the invitation's: a mismatched second password is refused beside it, then the right one signs in.
  await page.fill('#new-password', 'purple elephant tuesday');
  await page.fill('#confirm-password', 'purple elephant wednesday');
  await page.click('button[type=submit]');
  expect(await page.locator('#confirm-password-error').textContent()).toBe('The two passwords are not the same.');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.fill('#new-password', 'purple elephant tuesday');
  await page.fill('#confirm-password', 'purple elephant tuesday');
  await page.click('button[type=submit]');
  await page.waitForURL(`${suite.api.baseUrl}/dashboard`);
  expect(await page.locator('header .who').textContent()).toBe(email);
  await page.screenshot({ path: suite.artifact('invitation-accepted'), fullPage: true });
});
