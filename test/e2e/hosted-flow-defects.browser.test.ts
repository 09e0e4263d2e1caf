/**
 * The defects a new user hit in the hosted flow (issue 15), each reproduced in headless Chromium on a phone-sized
 * screen against the real API, Temporal worker and PostgreSQL: the language a person picks holds for the whole visit;
 * one consent and one Start from a link; a reload resumes where the person was, with their photos; a used-up link
 * says so in the person's language; every page has an icon. Every step is photographed into
 * test-artifacts/hosted-flow-defects/ and checked for WCAG 2.2 AA violations with axe-core.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { fill, messagesFor, plural } from '../../api/hosted/i18n';
import en from '../../api/hosted/i18n/en';
import fr from '../../api/hosted/i18n/fr';
import lt from '../../api/hosted/i18n/lt';
import type { Language } from '../../lib/languages';
import { PHONE } from '../support/browser';
import { createLink, eventually } from '../support/links';
import { createSessionByApi } from '../support/sessions';
import { browserSuite, shootPhonePage } from '../support/browser-suite';

const suite = browserSuite('hosted-flow-defects', { credits: 20 });
/** A 40-character base64url session token at the end of a hosted page's path, with or without a query. */
const HOSTED_PAGE = /\/v\/[A-Za-z0-9_-]{40}(\?.*)?$/;

/** A new phone-sized browser (its own cookies); `locale` sets its Accept-Language. */
const newPhone = (options: BrowserContextOptions = {}) => suite.newPage({ ...PHONE, ...options });

async function openOnPhone(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await newPhone(options);
  await page.goto(url);
  return page;
}

const panel = (page: Page, name: string) => page.locator(`[data-panel="${name}"]`);
const onStep = (page: Page, name: string) => panel(page, name).waitFor({ state: 'visible' });
const textOf = (page: Page, selector: string) => page.locator(selector).textContent();
const langOf = (page: Page) => page.locator('html').getAttribute('lang');
const shoot = (page: Page, name: string) => shootPhonePage(suite, page, name);

test('language: the person’s choice beats the link’s language, holds after Start, a reload and on an error page; the browser’s languages come last', async () => {
  const link = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 5 }, flow: 'DOCUMENT', language: 'lt' });

  // The link's language beats the browser's.
  const french = await openOnPhone(link.url, { locale: 'fr-FR' });
  expect(await langOf(french)).toBe('lt');
  expect(await textOf(french, 'h1')).toBe(lt.landing.heading);

  // The browser's language when neither a choice nor a setting says otherwise (an unknown link).
  await french.goto(`${suite.api.baseUrl}/l/no-such-link-here`);
  expect(await langOf(french)).toBe('fr');
  expect(await textOf(french, 'h1')).toBe(fr.linkUnavailable.NOT_FOUND.heading);

  const page = await openOnPhone(link.url, { locale: 'de-DE' });
  expect(await langOf(page)).toBe('lt');
  await page.locator('nav.languages summary').click();
  await page.locator('nav.languages a[hreflang="en"]').click();
  await page.waitForURL(/\?lang=en$/);
  expect(await textOf(page, 'h1')).toBe(en.landing.heading);
  await shoot(page, 'language-01-link-en');

  await page.locator('#start').click();
  await page.waitForURL(HOSTED_PAGE);
  expect(await langOf(page)).toBe('en');
  await onStep(page, 'document-type');
  expect(await textOf(page, '[data-panel="document-type"] h1')).toBe(en.capture.documentType.heading);
  await shoot(page, 'language-02-after-start-en');

  await page.reload();
  expect(await langOf(page)).toBe('en');
  await onStep(page, 'document-type');

  // An error page in the same visit: still the person's choice, not the browser's German.
  await page.goto(`${suite.api.baseUrl}/v/${'x'.repeat(40)}`);
  expect(await langOf(page)).toBe('en');
  expect(await textOf(page, 'h1')).toBe(en.session.unavailable.NOT_FOUND.heading);

  // A later choice replaces the earlier one.
  await page.goto(`${link.url}?lang=fr`);
  await page.goto(`${suite.api.baseUrl}/l/no-such-link-here`);
  expect(await langOf(page)).toBe('fr');
  await shoot(page, 'language-03-error-fr');
});

test('language: a link without one opens in the browser’s language, a link with one in its own, and the person’s choice still wins', async () => {
  const unset = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 5 }, flow: 'DOCUMENT' });
  const lithuanian = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 5 }, flow: 'DOCUMENT', language: 'lt' });

  // No language on the link: the browser's French, on the link page and, after Start, on the hosted page.
  const french = await openOnPhone(unset.url, { locale: 'fr-FR' });
  expect(await langOf(french)).toBe('fr');
  expect(await textOf(french, 'h1')).toBe(fr.landing.heading);
  await shoot(french, 'language-04-unset-link-browser-fr');
  await french.locator('#start').click();
  await french.waitForURL(HOSTED_PAGE);
  expect(await langOf(french)).toBe('fr');
  await onStep(french, 'document-type');
  expect(await textOf(french, '[data-panel="document-type"] h1')).toBe(fr.capture.documentType.heading);

  // The same browser on a Lithuanian link: the link's language.
  await french.goto(lithuanian.url);
  expect(await langOf(french)).toBe('lt');
  expect(await textOf(french, 'h1')).toBe(lt.landing.heading);

  // The person's choice beats the browser's French on a link without a language, and holds after Start.
  const choosing = await openOnPhone(unset.url, { locale: 'fr-FR' });
  await choosing.locator('nav.languages summary').click();
  await choosing.locator('nav.languages a[hreflang="lt"]').click();
  await choosing.waitForURL(/\?lang=lt$/);
  expect(await textOf(choosing, 'h1')).toBe(lt.landing.heading);
  await choosing.locator('#start').click();
  await choosing.waitForURL(HOSTED_PAGE);
  expect(await langOf(choosing)).toBe('lt');
  await onStep(choosing, 'document-type');
  expect(await textOf(choosing, '[data-panel="document-type"] h1')).toBe(lt.capture.documentType.heading);
});

/** Whether the image in `selector` has loaded real pixels (a broken or missing image has none). */
async function showsPhoto(page: Page, selector: string): Promise<boolean> {
  const image = page.locator(selector);
  await image.waitFor({ state: 'attached' });
  await page.waitForFunction((element) => (element as HTMLImageElement).complete, await image.elementHandle());
  return image.evaluate((element) => (element as HTMLImageElement).naturalWidth > 0);
}

test('a reload resumes on the step the person was on, with the photos already taken shown from the server', async () => {
  const images = await suite.imagesOf(1);
  const session = await createSessionByApi(suite.api, suite.account, { language: 'en', flow: 'DOCUMENT_AND_SELFIE', documents: ['ID_CARD', 'PASSPORT'] });
  const page = await openOnPhone(session.redirectUrl);
  await page.locator('#start:enabled').click();
  await onStep(page, 'document-type');
  await page.locator('#document-type-ID_CARD').check();
  await page.locator('#continue').click();
  await onStep(page, 'capture-FRONT');
  await page.locator('#file-FRONT').setInputFiles(images.documentFrontJpeg!);
  await onStep(page, 'capture-BACK');

  await page.reload();
  await onStep(page, 'capture-BACK');
  await shoot(page, 'resume-01-back-after-reload');
  await page.locator('#back-BACK').click();
  await onStep(page, 'capture-FRONT');
  expect(await showsPhoto(page, '#preview-FRONT img')).toBe(true);
  await shoot(page, 'resume-02-front-preview-after-reload');

  // Back on the front's step (to retake it, say): a reload stays there.
  await page.reload();
  await onStep(page, 'capture-FRONT');
  expect(await showsPhoto(page, '#preview-FRONT img')).toBe(true);
  await page.locator('#next-FRONT').click();
  await page.locator('#file-BACK').setInputFiles(images.documentBackJpeg!);
  await onStep(page, 'capture-FACE');
  await page.locator('#file-FACE').setInputFiles(images.selfieJpeg!);
  await onStep(page, 'review');

  await page.reload();
  await onStep(page, 'review');
  for (const kind of ['FRONT', 'BACK', 'FACE']) expect(await showsPhoto(page, `#thumb-${kind} img`)).toBe(true);
  await shoot(page, 'resume-03-review-after-reload');

  // The photos are served privately, to this session's token only.
  const hostedPath = new URL(session.redirectUrl).pathname;
  const photo = await page.request.get(`${suite.api.baseUrl}${hostedPath}/photos/FRONT`);
  expect(photo.status()).toBe(200);
  expect(photo.headers()['content-type']).toBe('image/jpeg');
  expect(photo.headers()['cache-control']).toBe('no-store');
  expect((await photo.body()).equals(await readFile(images.documentFrontJpeg!))).toBe(false);
  expect((await page.request.get(`${suite.api.baseUrl}/v/${'x'.repeat(40)}/photos/FRONT`)).status()).toBe(404);
  expect((await page.request.get(`${suite.api.baseUrl}${hostedPath}/photos/PASSPORT`)).status()).toBe(422);

  await page.locator('#submit').click();
  await onStep(page, 'checking');
  // Submitted: the photos are no longer served to the page, once the row records the submission (the workflow
  // accepts the submit first, then its activity writes the row).
  const photoStatus = () => page.request.get(`${suite.api.baseUrl}${hostedPath}/photos/FRONT`).then((response) => response.status());
  expect(await eventually(photoStatus, (status) => status === 409)).toBe(409);
});

test('a person arriving after a link reached its limit reads so in their language, with the language switcher', async () => {
  const link = await createLink(suite.api, suite.account, { usage: { type: 'SINGLE' }, flow: 'SELFIE', language: 'lt' });
  const first = await openOnPhone(link.url);
  await first.locator('#start').click();
  await first.waitForURL(HOSTED_PAGE);

  const late = await openOnPhone(link.url, { locale: 'de-DE' });
  expect(await langOf(late)).toBe('lt');
  expect(await textOf(late, 'h1')).toBe(lt.linkUnavailable.LINK_EXHAUSTED.heading);
  expect(await textOf(late, 'p.hint')).toBe(lt.linkUnavailable.LINK_EXHAUSTED.hint);
  expect(lt.linkUnavailable.LINK_EXHAUSTED.heading).not.toBe(lt.linkUnavailable.LINK_EXPIRED.heading);
  await shoot(late, 'limit-01-lt');

  await late.locator('nav.languages summary').click();
  await late.locator('nav.languages a[hreflang="fr"]').click();
  await late.waitForURL(/\?lang=fr$/);
  expect(await textOf(late, 'h1')).toBe(fr.linkUnavailable.LINK_EXHAUSTED.heading);
  expect(await textOf(late, 'h1')).toBe('Ce lien de vérification a atteint sa limite');
  await shoot(late, 'limit-02-fr');

  // Deactivated: worded as no longer active.
  const other = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 3 }, flow: 'SELFIE' });
  await suite.api.db.link.update({ where: { id: other.id }, data: { status: 'DEACTIVATED' } });
  await late.goto(other.url);
  expect(await textOf(late, 'h1')).toBe(fr.linkUnavailable.LINK_DEACTIVATED.heading);
});

test('every page names an icon, and /favicon.ico answers with one that browsers may cache', async () => {
  const link = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 3 }, flow: 'SELFIE' });
  const session = await createSessionByApi(suite.api, suite.account, { flow: 'SELFIE' });
  const page = await newPhone();
  const icons: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/favicon.ico') icons.push(`${response.status()} ${response.headers()['content-type']}`);
  });
  for (const url of [link.url, session.redirectUrl, `${suite.api.baseUrl}/l/no-such-link-here`, `${suite.api.baseUrl}/v/${'x'.repeat(40)}`]) {
    await page.goto(url);
    expect(await page.locator('head link[rel="icon"]').getAttribute('href')).toBe('/favicon.ico');
  }
  const icon = await page.request.get(`${suite.api.baseUrl}/favicon.ico`);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/x-icon');
  expect(icon.headers()['cache-control']).toBe('public, max-age=86400');
  // An ICO file: reserved 0, type 1.
  expect([...(await icon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(icons.every((answer) => answer === '200 image/x-icon')).toBe(true);
});

test('privacy notice: the business, what is processed and for how long; the person withdraws before sending photos', async () => {
  await suite.api.db.account.update({ where: { id: suite.account.accountId }, data: { name: 'Nordic Savings Bank' } });
  const days = Math.ceil(suite.api.config.sessions.retentionSeconds / 86_400);
  const notice = (language: Language) => {
    const { privacy } = messagesFor(language);
    return [fill(privacy.controller, { business: 'Nordic Savings Bank' }), plural(language, privacy.retention, days, { days }), privacy.withdraw];
  };

  const link = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 3 }, flow: 'DOCUMENT' });
  const landing = await openOnPhone(link.url);
  expect(await textOf(landing, '#consent')).toBe(en.landing.consent.DOCUMENT);
  expect(await landing.locator('#privacy p').allTextContents()).toEqual(notice('en'));
  await shoot(landing, 'privacy-01-link');

  const session = await createSessionByApi(suite.api, suite.account, { flow: 'SELFIE', language: 'fr' });
  const page = await openOnPhone(session.redirectUrl);
  expect(await page.locator('#privacy p').allTextContents()).toEqual(notice('fr'));
  await shoot(page, 'privacy-02-welcome-fr');
  await page.locator('#start:enabled').click();
  await onStep(page, 'capture-FACE');

  // Asked first; "continue" goes back to the same step.
  await page.locator('#withdraw').click();
  await onStep(page, 'cancel');
  expect(await textOf(page, '[data-panel="cancel"] .hint')).toBe(fr.privacy.cancel.hint.replace('{business}', 'Nordic Savings Bank'));
  await shoot(page, 'privacy-03-withdraw-fr');
  await page.locator('#withdraw-keep').click();
  await onStep(page, 'capture-FACE');

  await page.locator('#withdraw').click();
  await page.locator('#withdraw-confirm').click();
  await page.locator('#result[data-status="CANCELLED"]').waitFor({ state: 'visible' });
  expect(await textOf(page, '#result-heading')).toBe(fr.script.outcomes.CANCELLED.heading);
  expect(await page.locator('#withdraw').isHidden()).toBe(true);
  await shoot(page, 'privacy-04-cancelled-fr');
  expect((await suite.api.db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe('CANCELLED');
});
