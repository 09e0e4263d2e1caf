/**
 * The dashboard defects a new operator hit, each checked in headless Chromium (playwright-core) against the real API,
 * Temporal worker and PostgreSQL: one-time secrets readable (axe-core's contrast rule), the sessions table whole at
 * 1366 px, times in the browser's time zone with UTC on hover, link expiry entered in local time, and the review
 * screen's keyboard shortcuts and image zoom and rotate. Screenshots go to test-artifacts/dashboard-operators/.
 */
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { DESKTOP } from '../support/browser';
import { signedInOperator } from '../support/dashboard';
import { documentBackJpeg, documentFrontJpeg, selfieJpeg } from '../support/images';
import { click, createLink, eventually } from '../support/links';
import { createSessionByApi, hostedFlow } from '../support/sessions';
import { browserSuite, signInWith } from '../support/browser-suite';

const suite = browserSuite('dashboard-operators', { credits: 10 });

/** A signed-in operator's page (the session cookie of a form sign-in), in its own browser context. */
async function operatorPage(options: BrowserContextOptions = {}): Promise<Page> {
  const operator = await signedInOperator(suite.api, suite.account.accountId);
  return signInWith(suite, await suite.newPage({ ...DESKTOP, ...options }), operator.cookie);
}

const shoot = (page: Page, name: string) => page.screenshot({ path: suite.artifact(name), fullPage: true });

/** axe-core's colour-contrast findings for `selector` (WCAG AA). */
const contrastViolations = (page: Page, selector: string) => accessibilityViolations(page, { selector, rules: ['color-contrast'] });

test('one-time secrets (a new API key, a new endpoint, a rotated secret) are drawn in dark text that passes AA contrast', async () => {
  const page = await operatorPage();
  await page.goto(`${suite.api.baseUrl}/dashboard/api-keys`);
  await page.getByLabel('Name').fill('CRM');
  await page.getByRole('button', { name: 'Create API key' }).click();
  const keySecret = page.locator('#key-secret');
  await keySecret.waitFor();
  await shoot(page, '01-api-key-secret');
  expect(await keySecret.evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(226, 232, 240)');
  expect(await contrastViolations(page, '#key-secret')).toEqual([]);

  await page.goto(`${suite.api.baseUrl}/dashboard/webhooks/new`);
  await page.getByLabel('URL').fill('http://127.0.0.1:9/hooks');
  await page.getByRole('button', { name: 'Create endpoint' }).click();
  await page.locator('#endpoint-secret').waitFor();
  await shoot(page, '02-endpoint-secret');
  expect(await contrastViolations(page, '#endpoint-secret')).toEqual([]);

  await page.getByRole('link', { name: 'Go to the endpoint' }).click();
  await page.getByRole('link', { name: 'Rotate secret…' }).click();
  await page.getByRole('button', { name: 'Rotate secret' }).click();
  await page.getByRole('heading', { name: 'New signing secret' }).waitFor();
  await shoot(page, '03-rotated-secret');
  expect(await contrastViolations(page, '#endpoint-secret')).toEqual([]);
});

test('at 1366×768 the sessions table shows every column (Link and Created in view, nothing scrolled away); a link visitor is not shown as its session id', async () => {
  const link = await createLink(suite.api, suite.account, { name: 'Spring onboarding campaign', usage: { type: 'UNLIMITED' } });
  await click(suite.api.baseUrl, link.slug);
  await createSessionByApi(suite.api, suite.account, { clientId: 'customer-00042-with-a-long-reference', flow: 'DOCUMENT_AND_SELFIE' });
  const page = await operatorPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${suite.api.baseUrl}/dashboard/sessions`);
  await shoot(page, '04-sessions-1366');
  const wrap = page.locator('.table-wrap');
  expect(await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  const wrapBox = (await wrap.boundingBox())!;
  for (const name of ['Link', 'Created']) {
    const box = (await page.getByRole('columnheader', { name, exact: true }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(wrapBox.x + wrapBox.width);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
  }
  const linkRow = page.getByRole('row').filter({ hasText: 'Spring onboarding campaign' });
  const [sessionCell, clientCell] = await linkRow.getByRole('cell').allTextContents();
  expect(sessionCell).toMatch(/^ses_[0-9a-z]{29}$/);
  expect(clientCell).toBe('link visitor');
});

test('times in the browser’s time zone with UTC on hover; a link’s expiry entered in local time is stored as that instant', async () => {
  const page = await operatorPage({ timezoneId: 'Europe/Vilnius' });
  await page.goto(`${suite.api.baseUrl}/dashboard/links/new`);
  await page.getByLabel('Name').fill('Summer fair');
  await page.getByLabel('Expires at (your local time)').fill('2030-07-01T12:00');
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.waitForURL(/\/dashboard\/links\/lnk_[0-9a-z]{29}$/);
  const link = await suite.api.db.link.findUniqueOrThrow({ where: { id: path.basename(page.url()) } });
  // Vilnius is UTC+3 (EEST) in July.
  expect(link.expiresAt!.toISOString()).toBe('2030-07-01T09:00:00.000Z');

  const expires = page.locator('dt:text-is("Expires") + dd time');
  expect(await expires.textContent()).toBe('2030-07-01 12:00 EEST');
  expect(await expires.getAttribute('title')).toBe('2030-07-01 09:00 UTC');
  await shoot(page, '05-link-local-time');
});

/** A selfie-only session the person has submitted: waiting in REVIEWING. */
async function reviewingSession(clientId: string, seed: number): Promise<string> {
  const session = await createSessionByApi(suite.api, suite.account, { clientId, flow: 'SELFIE' });
  const flow = hostedFlow(suite.api, session.token);
  await flow.start();
  expect((await flow.upload('FACE', await selfieJpeg(seed))).status).toBe(201);
  await flow.submit(null);
  await eventually(() => suite.api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'REVIEWING');
  return session.id;
}

test('the review queue is home; on a session A approves, D denies (focus on the reasons), N opens the next waiting', async () => {
  const first = await reviewingSession('first-in-queue', 821);
  const second = await reviewingSession('second-in-queue', 822);
  const page = await operatorPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${suite.api.baseUrl}/dashboard`);
  await page.getByRole('heading', { name: 'Review queue' }).waitFor();
  expect(await page.locator('[data-review-count]').textContent()).toBe('2');
  await shoot(page, '06-review-queue');

  await page.getByRole('link', { name: first }).click();
  await page.waitForURL(`${suite.api.baseUrl}/dashboard/sessions/${first}#review`);
  const approve = page.getByLabel('Approve');
  const deny = page.getByLabel('Deny');
  await page.keyboard.press('a');
  expect(await approve.isChecked()).toBe(true);
  await page.keyboard.press('d');
  expect(await deny.isChecked()).toBe(true);
  expect(await page.evaluate('document.activeElement.name + "=" + document.activeElement.value')).toBe('reasons=DOC_EXPIRED');
  // Typed into a field, the letters are text, not shortcuts.
  await page.getByLabel('Note').fill('');
  await page.getByLabel('Note').press('a');
  expect(await deny.isChecked()).toBe(true);
  await shoot(page, '07-review-keys');

  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('n');
  await page.waitForURL(`${suite.api.baseUrl}/dashboard/sessions/${second}#review`);
  await page.keyboard.press('d');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await eventually(() => suite.api.db.session.findUniqueOrThrow({ where: { id: second } }), (row) => row.status === 'DENIED');
  expect((await suite.api.db.review.findFirstOrThrow({ where: { sessionId: second } })).reasons).toEqual(['DOC_EXPIRED']);
});

/** The 2D matrix of an element's computed transform, as [a, b, c, d]; null for 'none'. */
async function transformMatrix(page: Page, selector: string): Promise<number[] | null> {
  const transform = await page.locator(selector).evaluate((element) => getComputedStyle(element).transform);
  if (transform === 'none') return null;
  const match = /^matrix\(([^)]+)\)$/.exec(transform);
  if (!match) throw new Error(`unexpected transform ${transform}`);
  return match[1]!.split(',').slice(0, 4).map(Number);
}

/** An ID card (front and back) and a selfie the person has submitted: waiting in REVIEWING. */
async function reviewingDocumentSession(clientId: string, seed: number): Promise<string> {
  const session = await createSessionByApi(suite.api, suite.account, { clientId, flow: 'DOCUMENT_AND_SELFIE' });
  const flow = hostedFlow(suite.api, session.token);
  await flow.start();
  expect((await flow.upload('FRONT', await documentFrontJpeg(seed))).status).toBe(201);
  expect((await flow.upload('BACK', await documentBackJpeg(seed))).status).toBe(201);
  expect((await flow.upload('FACE', await selfieJpeg(seed))).status).toBe(201);
  await flow.submit('ID_CARD');
  await eventually(() => suite.api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'REVIEWING');
  return session.id;
}

test('on the review screen the document and the selfie sit side by side; an image zooms and turns with its own buttons, reset restores it; the buttons do not trigger A/D/N', async () => {
  const id = await reviewingDocumentSession('zoom-and-rotate', 823);
  const page = await operatorPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${suite.api.baseUrl}/dashboard/sessions/${id}`);
  const front = (await page.getByRole('img', { name: 'Document front, attempt 1, submitted' }).boundingBox())!;
  const selfie = (await page.getByRole('img', { name: 'Selfie, attempt 1, submitted' }).boundingBox())!;
  expect(Math.abs(front.y - selfie.y)).toBeLessThan(1);
  expect(selfie.x).toBeGreaterThan(front.x + front.width);
  const name = 'Selfie, attempt 1, submitted';
  const img = `figure[data-image-viewer] a.image-frame img[alt="${name}"]`;
  // Without the script the image is still a link to its full size.
  expect(await page.locator(`a.image-frame:has(img[alt="${name}"])`).getAttribute('href')).toBe(await page.locator(img).getAttribute('src'));
  await page.locator(img).evaluate((element: HTMLImageElement) => element.decode());
  const tools = page.getByRole('group', { name: `${name}: view` });
  expect(await transformMatrix(page, img)).toBeNull();

  // A quarter turn: the matrix of rotate(90deg) (cos 0, sin positive), shrunk to fit when the photo is not square.
  await tools.getByRole('button', { name: 'Rotate 90°' }).click();
  const turned = (await transformMatrix(page, img))!;
  expect(turned[0]).toBeCloseTo(0, 5);
  expect(turned[3]).toBeCloseTo(0, 5);
  expect(turned[1]).toBeGreaterThan(0);
  expect(turned[2]).toBeCloseTo(-turned[1]!, 5);
  // Zoomed in twice: the same turn, 1.25² as large.
  await tools.getByRole('button', { name: 'Zoom in' }).click();
  await tools.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = (await transformMatrix(page, img))!;
  expect(zoomed[1]! / turned[1]!).toBeCloseTo(1.5625, 5);
  await tools.getByRole('button', { name: 'Zoom out' }).click();
  expect((await transformMatrix(page, img))![1]! / turned[1]!).toBeCloseTo(1.25, 5);
  await shoot(page, '08-image-zoomed');

  // Keys pressed with focus on these buttons are not shortcuts; the buttons work from the keyboard.
  await tools.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('a');
  await page.keyboard.press('d');
  expect(await page.getByLabel('Approve').isChecked()).toBe(false);
  expect(await page.getByLabel('Deny').isChecked()).toBe(false);
  await page.keyboard.press('Enter');
  expect(await transformMatrix(page, img)).toBeNull();
  await tools.getByRole('button', { name: 'Rotate 90°' }).focus();
  await page.keyboard.press('Space');
  expect(await transformMatrix(page, img)).not.toBeNull();

  // Elsewhere on the page A still approves.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('a');
  expect(await page.getByLabel('Approve').isChecked()).toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);
});
