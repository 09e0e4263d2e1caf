/**
 * The person's pages in a right-to-left language, in real Chromium on a phone-sized screen against the real API,
 * Temporal worker and PostgreSQL: an Arabic link page and hosted flow are marked dir="rtl" and laid out mirrored
 * (icons before the text on the right, the back button at the right with its arrow pointing right), where the same
 * page in English keeps them on the left; the language switcher names all 28 languages in their own words. Screenshots
 * go to test-artifacts/languages/, each page checked with axe-core (WCAG 2.2 AA), Arabic included.
 */
import type { Locator, Page } from 'playwright-core';
import { messagesFor } from '../../api/hosted/i18n';
import ar from '../../api/hosted/i18n/ar';
import en from '../../api/hosted/i18n/en';
import { SUPPORTED_LANGUAGES } from '../../lib/languages';
import { PHONE } from '../support/browser';
import { createLink } from '../support/links';
import { createSessionByApi } from '../support/sessions';
import { browserSuite, shootPhonePage } from '../support/browser-suite';

const suite = browserSuite('languages', { credits: 20 });

async function openOnPhone(url: string): Promise<Page> {
  const page = await suite.newPage(PHONE);
  await page.goto(url);
  return page;
}

const shoot = (page: Page, name: string) => shootPhonePage(suite, page, name);

/** The horizontal middle of an element on screen, in CSS pixels. */
async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not on screen');
  return box.x + box.width / 2;
}

const direction = (page: Page, selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).direction);

test('an Arabic link page is right to left and mirrored, the English one is not, and the switcher names all 28 languages', async () => {
  const link = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 5 }, flow: 'DOCUMENT_AND_SELFIE', language: 'ar' });
  const page = await openOnPhone(link.url);

  expect(await page.locator('html').getAttribute('lang')).toBe('ar');
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await direction(page, 'main')).toBe('rtl');
  expect(await page.locator('h1').textContent()).toBe(ar.landing.heading);
  expect(await page.locator('#start').textContent()).toBe(ar.landing.start);
  // The icon comes first in the markup, so in a mirrored row it stands to the right of its text.
  const need = page.locator('.needs li').first();
  expect(await centreX(need.locator('svg'))).toBeGreaterThan(await centreX(need.locator('span')));

  // Closed, the switcher is one line; opened, it lists every language by its own name.
  expect(await page.locator('nav.languages ul').isVisible()).toBe(false);
  await page.locator('nav.languages summary').click();
  expect(await page.locator('nav.languages ul').isVisible()).toBe(true);
  const switcher = page.locator('nav.languages a');
  expect(await switcher.count()).toBe(SUPPORTED_LANGUAGES.length);
  expect(await switcher.allTextContents()).toEqual(SUPPORTED_LANGUAGES.map((language) => messagesFor(language).languageName));
  expect(await page.locator('nav.languages a[aria-current="true"]').getAttribute('hreflang')).toBe('ar');
  await shoot(page, 'ar-01-landing');

  await page.locator('nav.languages a[hreflang="en"]').click();
  await page.waitForURL(`${link.url}?lang=en`);
  expect(await page.locator('html').getAttribute('dir')).toBeNull();
  expect(await direction(page, 'main')).toBe('ltr');
  expect(await page.locator('h1').textContent()).toBe(en.landing.heading);
  const englishNeed = page.locator('.needs li').first();
  expect(await centreX(englishNeed.locator('svg'))).toBeLessThan(await centreX(englishNeed.locator('span')));
});

test('an Arabic hosted flow runs right to left from welcome to result: its script writes Arabic, the back button sits at the right pointing right, every step passes axe-core', async () => {
  const images = await suite.imagesOf(7);
  const session = await createSessionByApi(suite.api, suite.account, { language: 'ar', flow: 'DOCUMENT', documents: ['PASSPORT'] });
  const page = await openOnPhone(session.redirectUrl);

  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await page.locator('[data-panel="welcome"] h1').textContent()).toBe(ar.session.heading);
  await page.locator('#start:enabled').waitFor();
  await shoot(page, 'ar-01-welcome');
  await page.locator('#start:enabled').click();

  await page.locator('[data-panel="capture-FRONT"]').waitFor({ state: 'visible' });
  expect(await page.locator('[data-panel="capture-FRONT"] h1').textContent()).toBe(ar.capture.kinds.FRONT.heading);
  // Written by the page's script from the Arabic catalogue.
  expect(await page.locator('#progress').textContent()).toMatch(/^الخطوة \d+ من \d+$/);
  await shoot(page, 'ar-02-front');
  await page.locator('#file-FRONT').setInputFiles(images.documentFrontJpeg!);

  await page.locator('[data-panel="review"]').waitFor({ state: 'visible' });
  expect(await page.locator('#review-state-FRONT').textContent()).toBe(ar.script.added);
  const back = page.locator('#back-REVIEW');
  expect(await back.locator('span').textContent()).toBe(ar.capture.back);
  // Inline-start is the right in Arabic: the button is on the right half, and its arrow is flipped to point right.
  expect(await centreX(back)).toBeGreaterThan(PHONE.viewport!.width / 2);
  expect(await back.locator('svg').evaluate((icon) => getComputedStyle(icon).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  expect(await centreX(back.locator('svg'))).toBeGreaterThan(await centreX(back.locator('span')));
  await shoot(page, 'ar-03-review');

  // The rest of the way in Arabic too, each step checked by axe-core (shoot): submitted, then waiting for a reviewer.
  await page.locator('#submit').click();
  await page.locator('[data-panel="checking"]').waitFor({ state: 'visible' });
  expect(await page.locator('[data-panel="checking"] h1').textContent()).toBe(ar.capture.checking.heading);
  await shoot(page, 'ar-04-checking');
  await page.locator('#result[data-status="REVIEWING"]').waitFor({ state: 'visible' });
  expect(await page.locator('#result-heading').textContent()).toBe(ar.script.outcomes.REVIEWING.heading);
  await shoot(page, 'ar-05-reviewing');
});
