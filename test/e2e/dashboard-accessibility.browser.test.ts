/**
 * axe-core (WCAG 2.2 AA) on every dashboard page, in headless Chromium against the real API, Temporal worker and
 * PostgreSQL: the sign-in page, then each section and one item of each as a signed-in operator sees them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { launchChromium } from '../support/browser';
import { signedInOperator } from '../support/dashboard';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { selfieJpeg } from '../support/images';
import { createLink, eventually } from '../support/links';
import { createSessionByApi, hostedFlow } from '../support/sessions';

let api: TestApi;
let browser: Browser;
let account: TestAccount;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  api = await startTestApi();
  browser = await launchChromium();
  account = await createTestAccount(api.db, 10);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await api?.close();
});

async function newPage(cookie?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  context.setDefaultTimeout(20_000);
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: api.baseUrl }]);
  }
  return context.newPage();
}

/** The page at `path` as loaded (its status, and its own path: not redirected elsewhere) and what axe-core finds on it. */
async function findings(page: Page, path: string): Promise<{ page: string; status?: number; violations: string[] }> {
  const response = await page.goto(`${api.baseUrl}${path}`);
  return { page: new URL(page.url()).pathname, status: response?.status(), violations: await accessibilityViolations(page) };
}

test('the sign-in page has no WCAG 2.2 AA violations', async () => {
  expect(await findings(await newPage(), '/dashboard/login')).toEqual({ page: '/dashboard/login', status: 200, violations: [] });
});

test('every section of the dashboard, and one item of each, has no WCAG 2.2 AA violations', async () => {
  const session = await createSessionByApi(api, account, { clientId: 'a11y', flow: 'SELFIE' });
  // A submitted session waiting in REVIEWING: its page carries the review form.
  const reviewing = await createSessionByApi(api, account, { clientId: 'a11y-review', flow: 'SELFIE' });
  const flow = hostedFlow(api, reviewing.token);
  await flow.start();
  expect((await flow.upload('FACE', await selfieJpeg(901))).status).toBe(201);
  await flow.submit(null);
  await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: reviewing.id } }), (row) => row.status === 'REVIEWING');
  const link = await createLink(api, account, { name: 'Front desk', flow: 'SELFIE', usage: { type: 'UNLIMITED' } });
  const endpoint = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: 'http://127.0.0.1:9/hooks', description: 'CRM' } });
  expect(endpoint.status).toBe(201);
  const operator = await signedInOperator(api, account.accountId);
  const page = await newPage(operator.cookie);
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
    `/dashboard/api-keys/${account.keyId}/revoke`,
    '/dashboard/credits',
    '/dashboard/ledger',
    '/dashboard/outbox',
  ];
  // Every page's findings at once, so one run names everything to fix.
  const found = [];
  for (const path of paths) found.push(await findings(page, path));
  // Then with a decision made: the decided session, its audit entry and the reports' tables.
  expect((await operator.post(`/dashboard/sessions/${reviewing.id}/review`, { decision: 'DENIED', reasons: ['FAKE_FACE'] })).status).toBe(303);
  await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: reviewing.id } }), (row) => row.status === 'DENIED');
  const decidedPaths = [`/dashboard/sessions/${reviewing.id}`, '/dashboard/audit', '/dashboard/reports'];
  for (const path of decidedPaths) found.push(await findings(page, path));
  expect(found).toEqual([...paths, ...decidedPaths].map((path) => ({ page: path, status: 200, violations: [] })));
  expect(await page.locator('tr[data-reason="FAKE_FACE"]').count()).toBe(1);
});
