/**
 * The operators' dashboard in a real browser: headless Chromium (playwright-core) against the real API, Temporal
 * worker and PostgreSQL. An operator signs in, creates a multi-use link with a callback URL through the form,
 * downloads its QR code (decoded back to the link), and watches a person — in a second browser context, on a phone —
 * open the link and complete a verification with real image files. The sessions page follows the status live, the
 * operator approves through the review form, and the webhook delivery to the callback shows up with its attempts.
 * Every page is photographed into test-artifacts/dashboard/. A second test drives the main forms from the keyboard
 * and checks that every field has a label.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { PHONE, launchChromium } from '../support/browser';
import { signedInOperator } from '../support/dashboard';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { writeTestImages } from '../support/images';
import { eventually } from '../support/links';
import { startReceiver, type Receiver } from '../support/receivers';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts', 'dashboard');
const DESKTOP = { viewport: { width: 1280, height: 900 } };

let api: TestApi;
let browser: Browser;
let account: TestAccount;
let receiver: Receiver;
let workDir: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  api = await startTestApi();
  browser = await launchChromium();
  receiver = await startReceiver();
  workDir = await mkdtemp(path.join(tmpdir(), 'dashboard-browser-'));
  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await receiver?.close();
  await api?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 10);
});

async function newPage(options: Parameters<Browser['newContext']>[0]): Promise<Page> {
  const context = await browser.newContext({ ...options, acceptDownloads: true });
  contexts.push(context);
  // Below Jest's timeout, so a stuck step fails with the locator it waited for.
  context.setDefaultTimeout(20_000);
  return context.newPage();
}

/** Saves a full-page screenshot and checks nothing scrolls sideways. */
async function shoot(page: Page, name: string): Promise<void> {
  // Photographed first, so a page that fails the check can be looked at.
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  const width = page.viewportSize()!.width;
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(width);
}

/** A dashboard user for the account, signed in through the sign-in page like a person would. */
async function signIn(page: Page): Promise<void> {
  const operator = await signedInOperator(api, account.accountId);
  await page.goto(`${api.baseUrl}/dashboard`);
  await page.waitForURL(/\/dashboard\/login/);
  await shoot(page, '01-sign-in');
  await page.getByLabel('Email').fill(operator.email);
  await page.getByLabel('Password').fill(operator.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${api.baseUrl}/dashboard`);
}

/** Waits until the element's whole text is `text` (it changes without a reload). */
function hasText(locator: Locator, text: string): Promise<void> {
  return locator.filter({ hasText: new RegExp(`^${text}$`) }).waitFor();
}

/** Decodes the QR code in a PNG file to its text. */
async function decodeQr(file: string): Promise<string | undefined> {
  const png = PNG.sync.read(await readFile(file));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** A person on a phone: the link's landing page → Start (the only one) → passport front → submit → waiting for review. */
async function verifyAsPerson(linkUrl: string, images: Record<string, string>): Promise<void> {
  const page = await newPage(PHONE);
  await page.goto(linkUrl);
  await page.locator('#start').click();
  await page.waitForURL(/\/v\/[A-Za-z0-9_-]{40}$/);
  await page.locator('[data-panel="document-type"]').waitFor({ state: 'visible' });
  await page.locator('#document-type-PASSPORT').check();
  await page.locator('#continue').click();
  await page.locator('[data-panel="capture-FRONT"]').waitFor({ state: 'visible' });
  await page.locator('#file-FRONT').setInputFiles(images.documentFrontJpeg!);
  await page.locator('[data-panel="review"]').waitFor({ state: 'visible' });
  await page.locator('#submit').click();
  await page.locator('#result[data-status="REVIEWING"]').waitFor({ state: 'visible' });
}

test('sign in, create a multi-use link, QR code, a person verifies, the status changes live, approve, the webhook arrives', async () => {
  const page = await newPage(DESKTOP);
  await signIn(page);
  await shoot(page, '02-review-queue');

  // A multi-use link with a callback URL, created through the form.
  await page.getByRole('link', { name: 'Links', exact: true }).click();
  await shoot(page, '03-links-empty');
  await page.getByRole('link', { name: 'New link' }).click();
  await page.getByLabel('Name').fill('Onboarding desk');
  await page.getByLabel('Document only').check();
  await page.getByLabel('Multi-use').check();
  await page.getByLabel('Maximum uses').fill('3');
  await page.getByLabel('Callback URL').fill(`${receiver.url}/hooks`);
  await shoot(page, '04-new-link');
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.waitForURL(/\/dashboard\/links\/lnk_[0-9a-z]{29}$/);
  const linkId = path.basename(page.url());
  const link = await api.db.link.findUniqueOrThrow({ where: { id: linkId } });
  expect({ name: link.name, usageType: link.usageType, maxUses: link.maxUses, flow: link.flow, callbackUrl: link.callbackUrl }).toEqual({
    name: 'Onboarding desk',
    usageType: 'MULTI',
    maxUses: 3,
    flow: 'DOCUMENT',
    callbackUrl: `${receiver.url}/hooks`,
  });
  const linkUrl = await page.locator('#link-url').inputValue();
  expect(linkUrl).toBe(`${api.baseUrl}/l/${link.slug}`);
  await shoot(page, '05-link');

  // The downloaded QR code leads to the link (tagged as a QR scan).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PNG' }).click()]);
  const qrFile = path.join(workDir, download.suggestedFilename());
  await download.saveAs(qrFile);
  expect(await decodeQr(qrFile)).toBe(`${linkUrl}?src=qr`);

  // The operator watches the sessions page while a person verifies on a phone.
  await page.getByRole('link', { name: 'Sessions', exact: true }).click();
  await shoot(page, '06-sessions-empty');
  const images = await writeTestImages(path.join(workDir, 'images'), 7);
  const person = verifyAsPerson(linkUrl, images);
  // The click creates the session; the list shows it ACTIVE, then — with no reload — REVIEWING once the person submits.
  const session = await eventually(
    () => api.db.session.findFirst({ where: { linkId } }),
    (row) => row !== null,
  ).then((row) => row!);
  await page.reload();
  const pill = page.locator(`[data-live-session="${session.id}"]`);
  expect(await pill.textContent()).toBe('ACTIVE');
  await person;
  await hasText(pill, 'REVIEWING');
  await shoot(page, '07-sessions-reviewing');

  // Approve through the review form; the decision shows on the page.
  await pill.locator('xpath=ancestor::tr').getByRole('link').first().click();
  await page.waitForURL(`${api.baseUrl}/dashboard/sessions/${session.id}`);
  await page.getByRole('img', { name: /Document front/ }).waitFor();
  await shoot(page, '08-session-reviewing');
  await page.getByLabel('Approve').check();
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await hasText(page.locator(`[data-live-session="${session.id}"]`), 'APPROVED');
  expect((await api.db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe('APPROVED');

  // The callback receives the decision; the page's timeline shows the delivery with its attempt.
  await eventually(
    () => Promise.resolve(receiver.requests),
    (requests) => requests.some((request) => request.body.includes('"APPROVED"')),
  );
  await page.reload();
  await page.getByText(/session\.manual_finished/).first().waitFor();
  await page.getByText(/attempt 1 · HTTP 204/).first().waitFor();
  await shoot(page, '09-session-approved');

  await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
  await shoot(page, '10-webhooks');
  await page.getByRole('link', { name: `${receiver.url}/hooks` }).click();
  await page.getByText(/attempt 1 · HTTP 204/).first().waitFor();
  await shoot(page, '11-endpoint');

  for (const [section, name] of [
    ['Credits', '12-credits-after'],
    ['Outbox', '13-outbox'],
    ['API keys', '14-api-keys'],
  ] as const) {
    await page.getByRole('link', { name: section, exact: true }).click();
    await shoot(page, name);
  }

  // On a phone's width nothing scrolls sideways (wide tables scroll inside their own box).
  await page.setViewportSize(PHONE.viewport!);
  for (const [pagePath, name] of [
    [`/dashboard/sessions/${session.id}`, '15-phone-session'],
    [`/dashboard/links/${linkId}`, '16-phone-link'],
    ['/dashboard/sessions', '17-phone-sessions'],
  ] as const) {
    await page.goto(api.baseUrl + pagePath);
    await shoot(page, name);
  }
});

/** The main forms, each with the text of its submit button (Tab runs through the header's links first). */
const FORM_PAGES = [
  { path: '/dashboard/links/new', submit: 'Create link' },
  { path: '/dashboard/sessions/new', submit: 'Create session' },
  { path: '/dashboard/webhooks/new', submit: 'Create endpoint' },
  { path: '/dashboard/api-keys', submit: 'Create API key' },
  { path: '/dashboard/credits', submit: 'Add credits' },
];
const TAB_PRESSES = 60;

/** Every visible field in the page's main area (a radio group as one), and whether it has a label a screen reader would announce. */
function fieldsOf(page: Page): Promise<{ id: string; labelled: boolean }[]> {
  // A string, evaluated in the page: the tests are compiled without the DOM's types.
  return page.evaluate(`[...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')]
    .filter((field) => field.offsetParent !== null)
    .map((field) => ({
      id: field.type === 'radio' ? 'radio:' + field.name : field.id || field.name,
      labelled: field.labels.length > 0 || Boolean(field.getAttribute('aria-label')) || Boolean(field.getAttribute('aria-labelledby')),
    }))`);
}

/** Presses Tab from the top of the page and returns what focus visits, in order (ids, else names, else texts). */
async function tabOrder(page: Page, presses: number): Promise<string[]> {
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  const visited: string[] = [];
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Tab');
    visited.push(
      await page.evaluate<string>(`(() => {
        const element = document.activeElement;
        if (!element) return '';
        if (element.type === 'radio') return 'radio:' + element.name;
        return element.id || element.getAttribute('name') || (element.textContent || '').trim() || element.tagName;
      })()`),
    );
  }
  return visited;
}

test('keyboard only: sign in, every field of the main forms has a label and is reached by Tab; a form without its CSRF token is refused', async () => {
  const operator = await signedInOperator(api, account.accountId);
  const page = await newPage(DESKTOP);
  await page.goto(`${api.baseUrl}/dashboard/login`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(operator.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(operator.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${api.baseUrl}/dashboard`);

  for (const formPage of FORM_PAGES) {
    await page.goto(api.baseUrl + formPage.path);
    const fields = await fieldsOf(page);
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !field.labelled)).toEqual([]);
    const visited = await tabOrder(page, TAB_PRESSES);
    for (const field of fields) expect(visited).toContain(field.id);
    expect(visited).toContain(formPage.submit);
  }

  // A form whose CSRF token was removed is refused with a clear message, and nothing changes.
  await page.goto(`${api.baseUrl}/dashboard/links/new`);
  await page.getByLabel('Name').fill('No token');
  await page.evaluate(`document.querySelectorAll('input[name=_csrf]').forEach((field) => field.remove())`);
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.getByText('This form has expired or did not come from the dashboard').waitFor();
  expect(await api.db.link.count({ where: { accountId: account.accountId } })).toBe(0);
});
