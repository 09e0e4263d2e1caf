/**
 * Branded and unbranded hosted pages in headless Chromium on a phone-sized screen, on the real API, Temporal worker
 * and PostgreSQL: the business's logo (loaded from our origin under the pages' CSP), name, accent colour on the Start
 * button, privacy-policy link, the business named on the result step and, where a link reached its limit, its contact
 * line — in English and in Arabic (right to left) — and the unbranded defaults. Every page is photographed into test-artifacts/branding/ and checked with
 * axe-core against WCAG 2.2 AA (zero violations: the accent colour keeps the contrast).
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import ar from '../../api/hosted/i18n/ar';
import en from '../../api/hosted/i18n/en';
import { fill } from '../../api/hosted/i18n';
import { PHONE } from '../support/browser';
import { browserSuite, shootPhonePage } from '../support/browser-suite';
import { call } from '../support/harness';
import { createLink } from '../support/links';

const suite = browserSuite('branding', { credits: 20 });
const HOSTED_PAGE = /\/v\/[A-Za-z0-9_-]{40}(\?.*)?$/;

const shoot = (page: Page, name: string) => shootPhonePage(suite, page, name);
const textOf = (page: Page, selector: string) => page.locator(selector).textContent();
const backgroundOf = (page: Page, selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);

async function openOnPhone(url: string): Promise<Page> {
  const page = await suite.newPage(PHONE);
  await page.goto(url);
  return page;
}

async function brandAccount(): Promise<void> {
  const saved = await call(suite.api.baseUrl, 'PUT', '/api/v1/account/branding', {
    auth: suite.account.auth,
    body: { businessName: 'Acme Bank', accentColor: '#0b5394', supportContact: 'help@acme.example', privacyPolicyUrl: 'https://acme.example/privacy' },
  });
  expect(saved.status).toBe(200);
  const logo = await sharp({ create: { width: 240, height: 80, channels: 4, background: { r: 11, g: 83, b: 148, alpha: 1 } } }).png().toBuffer();
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(logo)], { type: 'image/png' }), 'logo.png');
  const uploaded = await fetch(`${suite.api.baseUrl}/api/v1/account/branding/logo`, { method: 'PUT', headers: { authorization: suite.account.auth }, body: form });
  expect(uploaded.status).toBe(200);
}

/** Cancels the verification from a capture step and waits for the result step. */
async function withdraw(page: Page): Promise<void> {
  await page.locator('#withdraw').click();
  await page.locator('#withdraw-confirm').click();
  await page.locator('#result[data-status="CANCELLED"]').waitFor({ state: 'visible' });
}

/** The logo was fetched and decoded by the browser (a CSP or 404 failure leaves naturalWidth at 0). */
const logoLoaded = (page: Page) => page.locator('#brand img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth);

test('a branded link page, hosted page and limit page, in English and in Arabic, pass axe-core', async () => {
  await brandAccount();
  const link = await createLink(suite.api, suite.account, { usage: { type: 'SINGLE' }, flow: 'SELFIE' });

  const landing = await openOnPhone(`${link.url}?lang=en`);
  expect(await textOf(landing, '#brand .brand-name')).toBe('Acme Bank');
  expect(await logoLoaded(landing)).toBe(240);
  expect(await textOf(landing, 'p.lead')).toBe(fill(en.branding.intro, { business: 'Acme Bank' }));
  expect(await backgroundOf(landing, '#start')).toBe('rgb(11, 83, 148)');
  expect(await landing.locator('#privacy-policy').getAttribute('href')).toBe('https://acme.example/privacy');
  expect(await textOf(landing, '#privacy-policy')).toBe('Privacy policy of Acme Bank');
  await shoot(landing, 'branded-01-landing-en');

  await landing.goto(`${link.url}?lang=ar`);
  expect(await landing.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await textOf(landing, 'p.lead')).toBe(fill(ar.branding.intro, { business: 'Acme Bank' }));
  expect(await textOf(landing, '#privacy-policy')).toBe(fill(ar.branding.privacyPolicy, { business: 'Acme Bank' }));
  // Mirrored: the logo sits at the right edge of the header in a right-to-left page.
  const [header, logo] = await Promise.all([landing.locator('#brand').boundingBox(), landing.locator('#brand img').boundingBox()]);
  expect(Math.round(logo!.x + logo!.width)).toBe(Math.round(header!.x + header!.width));
  await shoot(landing, 'branded-02-landing-ar');

  await landing.goto(`${link.url}?lang=en`);
  await landing.locator('#start').click();
  await landing.waitForURL(HOSTED_PAGE);
  await landing.locator('[data-panel="capture-FACE"]').waitFor({ state: 'visible' });
  expect(await textOf(landing, '#brand .brand-name')).toBe('Acme Bank');
  expect(await logoLoaded(landing)).toBe(240);
  await shoot(landing, 'branded-03-capture-en');

  // Withdrawn: the result step names the business where it would say "the organisation".
  await withdraw(landing);
  expect(await textOf(landing, '#result-text')).toBe(fill(en.brandedScript.outcomes.CANCELLED, { business: 'Acme Bank' }));
  await shoot(landing, 'branded-07-cancelled-en');

  // The link is single-use and now used: the next person reads why, and whom to ask.
  const late = await openOnPhone(`${link.url}?lang=en`);
  expect(await textOf(late, 'h1')).toBe(en.linkUnavailable.LINK_EXHAUSTED.heading);
  expect(await textOf(late, 'p.hint')).toBe('Ask Acme Bank for a new link.');
  expect(await textOf(late, '#support-contact')).toBe('Need help? Contact Acme Bank: help@acme.example');
  expect(await late.locator('#support-contact a').getAttribute('href')).toBe('mailto:help@acme.example');
  await shoot(late, 'branded-04-limit-en');

  await late.goto(`${link.url}?lang=ar`);
  expect(await textOf(late, 'h1')).toBe(ar.linkUnavailable.LINK_EXHAUSTED.heading);
  expect(await textOf(late, 'p.hint')).toBe(fill(ar.branding.askForNewLink, { business: 'Acme Bank' }));
  expect(await textOf(late, '#support-contact')).toBe(`${fill(ar.branding.contact, { business: 'Acme Bank' })} help@acme.example`);
  await shoot(late, 'branded-05-limit-ar');
});

test("a link's accent colour overrides the account's on its pages", async () => {
  await brandAccount();
  const link = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 2 }, flow: 'SELFIE', branding: { accentColor: '#7a1f5c' } });
  const page = await openOnPhone(`${link.url}?lang=en`);
  expect(await backgroundOf(page, '#start')).toBe('rgb(122, 31, 92)');
  expect(await textOf(page, '#brand .brand-name')).toBe('Acme Bank');
  await shoot(page, 'branded-06-link-override');
});

test('an unbranded account keeps the default look and words, with no header, contact line or policy link', async () => {
  const link = await createLink(suite.api, suite.account, { usage: { type: 'SINGLE' }, flow: 'SELFIE' });
  const landing = await openOnPhone(`${link.url}?lang=en`);
  expect(await landing.locator('#brand').count()).toBe(0);
  expect(await landing.locator('#privacy-policy').count()).toBe(0);
  expect(await textOf(landing, 'p.lead')).toBe(en.landing.intro);
  expect(await backgroundOf(landing, '#start')).toBe('rgb(29, 78, 216)');
  await shoot(landing, 'unbranded-01-landing-en');

  // Starting uses the single-use link; withdrawn, the result keeps the generic words.
  await landing.locator('#start').click();
  await landing.waitForURL(HOSTED_PAGE);
  await landing.locator('[data-panel="capture-FACE"]').waitFor({ state: 'visible' });
  await withdraw(landing);
  expect(await textOf(landing, '#result-text')).toBe(en.script.outcomes.CANCELLED.hint);
  await shoot(landing, 'unbranded-03-cancelled-en');

  const late = await openOnPhone(`${link.url}?lang=ar`);
  expect(await textOf(late, 'p.hint')).toBe(ar.linkUnavailable.LINK_EXHAUSTED.hint);
  expect(await late.locator('#support-contact').count()).toBe(0);
  await shoot(late, 'unbranded-02-limit-ar');
});
