/**
 * Desktop → phone handoff in real Chromium against the real API, Temporal worker and PostgreSQL: a desktop context
 * starts from a reusable link and is offered to continue on a phone; a phone context opens the short link the
 * desktop page shows, takes the photo and submits; the desktop page follows live (waiting, phone connected) and
 * lands on the result without anyone reloading it. The handoff costs no link use and no credit. A second open of the
 * short link, and an expired one, are refused with a page that says so; the desktop can show a new code or continue
 * itself. In Arabic the page is right to left and the phone continues in the language chosen on the desktop. axe-core
 * checks the desktop handoff page (English, Arabic) and the refusals. Screenshots go to test-artifacts/handoff/.
 */
import type { Page } from 'playwright-core';
import ar from '../../api/hosted/i18n/ar';
import en from '../../api/hosted/i18n/en';
import { accessibilityViolations } from '../support/accessibility';
import { PHONE } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { createLink } from '../support/links';
import { createSessionByApi, ledgerOf } from '../support/sessions';

const suite = browserSuite('handoff', { credits: 20 });
const HOSTED_PAGE = /\/v\/[A-Za-z0-9_-]{40}$/;
const HANDOFF_PAGE = /\/v\/[A-Za-z0-9_-]{40}\/handoff$/;

const panel = (page: Page, name: string) => page.locator(`[data-panel="${name}"]`);
const onStep = (page: Page, name: string) => panel(page, name).waitFor({ state: 'visible' });
const statusText = (page: Page) => page.locator('#handoff-status-text').textContent();

async function expectNoViolations(page: Page, name: string): Promise<void> {
  expect({ page: name, violations: await accessibilityViolations(page) }).toEqual({ page: name, violations: [] });
  await page.screenshot({ path: suite.artifact(name), fullPage: true });
}

/** Every text the desktop page's status line shows from now on, in order. */
async function recordStatusLine(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const line = document.getElementById('handoff-status-text')!;
    const seen: string[] = [line.textContent ?? ''];
    (window as unknown as { seenStatus: string[] }).seenStatus = seen;
    new MutationObserver(() => seen.push(line.textContent ?? '')).observe(line, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
}

/** Opens a short link as a phone's browser does: its page posts the code at once. Answers the post's status. */
async function openShortLink(page: Page, url: string): Promise<number> {
  const posted = page.waitForResponse((response) => response.url() === url && response.request().method() === 'POST');
  await page.goto(url);
  return (await posted).status();
}

/** The desktop, taking photos, opens the offer; answers the short link as a phone would open it. */
async function openHandoff(desktop: Page): Promise<string> {
  await desktop.locator('#handoff-offer').click();
  await desktop.waitForURL(HANDOFF_PAGE);
  return `http://${await desktop.locator('#handoff-link').textContent()}`;
}

test('a desktop hands its session to a phone: the phone submits, the desktop follows live to the result; no extra use or credit', async () => {
  const images = await suite.imagesOf(1);
  const link = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 5 }, flow: 'DOCUMENT' });
  const desktop = await suite.newPage();
  await desktop.goto(link.url);
  await desktop.locator('#start').click();
  await desktop.waitForURL(HOSTED_PAGE);
  const flowUrl = desktop.url();
  await onStep(desktop, 'document-type');
  const session = await suite.api.db.session.findFirstOrThrow({ where: { linkId: link.id } });
  const creditsBefore = await suite.api.db.account.findUniqueOrThrow({ where: { id: suite.account.accountId }, select: { creditBalance: true, creditReserved: true } });

  expect(await desktop.locator('#handoff-offer').textContent()).toBe(en.handoff.offer);
  const shortUrl = await openHandoff(desktop);
  expect(shortUrl).toMatch(new RegExp(`^${suite.api.baseUrl}/h/[2-9A-Z]{8}$`));
  expect(await desktop.locator('h1').textContent()).toBe(en.handoff.offer);
  expect(await desktop.locator('img[alt]').getAttribute('alt')).toBe(`QR code of the link ${shortUrl.replace('http://', '')}`);
  expect(await statusText(desktop)).toBe(en.handoff.status.WAITING);
  expect(await desktop.locator('#handoff-status').getAttribute('aria-live')).toBe('polite');
  await expectNoViolations(desktop, 'desktop-01-handoff');
  const seenStatus = await recordStatusLine(desktop);

  const phone = await suite.newPage(PHONE);
  expect(await openShortLink(phone, shortUrl)).toBe(303);
  await phone.waitForURL(`${flowUrl}?lang=en`);
  // The phone continues the same session's steps, and is not offered to hand off again.
  await onStep(phone, 'document-type');
  expect(await phone.locator('#handoff-offer').isHidden()).toBe(true);
  await desktop.getByText(en.handoff.status.CAPTURING).waitFor();
  // The same document, changed in place: what it recorded since it was loaded is still there.
  expect(await seenStatus()).toEqual([en.handoff.status.WAITING, en.handoff.status.CAPTURING]);
  // The used code opens nothing any more, so it is no longer shown.
  expect(await desktop.locator('#handoff-code').isHidden()).toBe(true);
  await desktop.screenshot({ path: suite.artifact('desktop-02-phone-connected'), fullPage: true });

  await phone.locator('#document-type-PASSPORT').check();
  await phone.locator('#continue').click();
  await onStep(phone, 'capture-FRONT');
  await phone.locator('#file-FRONT').setInputFiles(images.documentFrontJpeg!);
  await onStep(phone, 'review');
  await phone.locator('#submit').click();

  // The desktop page goes to the session's result by itself: nobody reloads it.
  await desktop.locator('#result[data-status="REVIEWING"]').waitFor({ state: 'visible' });
  expect(desktop.url()).toBe(flowUrl);
  expect(await desktop.locator('#result-heading').textContent()).toBe(en.script.outcomes.REVIEWING.heading);
  await desktop.screenshot({ path: suite.artifact('desktop-03-result'), fullPage: true });
  await phone.locator('#result[data-status="REVIEWING"]').waitFor({ state: 'visible' });

  // The handoff neither used the link again nor reserved another credit.
  expect((await suite.api.db.link.findUniqueOrThrow({ where: { id: link.id } })).usesConsumed).toBe(1);
  expect(await suite.api.db.session.count({ where: { linkId: link.id } })).toBe(1);
  expect(await ledgerOf(suite.api, session.id)).toEqual(['RESERVE']);
  expect(await suite.api.db.account.findUniqueOrThrow({ where: { id: suite.account.accountId }, select: { creditBalance: true, creditReserved: true } })).toEqual(
    creditsBefore,
  );
  const documents = await suite.api.db.document.findMany({ where: { sessionId: session.id } });
  expect(documents.map((document) => document.kind)).toEqual(['FRONT']);

  // A second phone opening the same short link is refused.
  const secondPhone = await suite.newPage(PHONE);
  expect(await openShortLink(secondPhone, shortUrl)).toBe(410);
  await secondPhone.locator('h1', { hasText: en.handoff.unavailable.USED.heading }).waitFor();
  await expectNoViolations(secondPhone, 'phone-used-link');
});

test('an expired code: the desktop says so and shows a new one, the phone is refused; the desktop can continue itself', async () => {
  const images = await suite.imagesOf(2);
  const session = await createSessionByApi(suite.api, suite.account, { flow: 'DOCUMENT', documents: ['PASSPORT'] });
  const desktop = await suite.newPage();
  await desktop.goto(session.redirectUrl);
  await desktop.locator('#start:enabled').click();
  await onStep(desktop, 'capture-FRONT');
  const shortUrl = await openHandoff(desktop);

  await suite.api.db.handoff.updateMany({ where: { sessionId: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await desktop.getByText(en.handoff.status.EXPIRED).waitFor();
  expect(await desktop.locator('#handoff-new').isVisible()).toBe(true);
  await expectNoViolations(desktop, 'desktop-04-expired');

  const phone = await suite.newPage(PHONE);
  expect(await openShortLink(phone, shortUrl)).toBe(410);
  await phone.locator('h1', { hasText: en.handoff.unavailable.EXPIRED.heading }).waitFor();
  await expectNoViolations(phone, 'phone-expired-link');

  await desktop.locator('#handoff-new').click();
  await desktop.waitForURL(HANDOFF_PAGE);
  const newShortUrl = `http://${await desktop.locator('#handoff-link').textContent()}`;
  expect(newShortUrl).not.toBe(shortUrl);
  expect(await statusText(desktop)).toBe(en.handoff.status.WAITING);

  await desktop.locator('#handoff-computer').click();
  await desktop.waitForURL(session.redirectUrl);
  await onStep(desktop, 'capture-FRONT');
  await desktop.locator('#file-FRONT').setInputFiles(images.documentFrontJpeg!);
  await onStep(desktop, 'review');
  expect((await suite.api.db.document.findMany({ where: { sessionId: session.id } })).map((document) => document.kind)).toEqual(['FRONT']);
});

test('in Arabic: the desktop handoff page is right to left and passes axe; the phone continues in the language chosen on the desktop', async () => {
  const session = await createSessionByApi(suite.api, suite.account, { flow: 'DOCUMENT', documents: ['PASSPORT'] });
  const desktop = await suite.newPage();
  await desktop.goto(`${session.redirectUrl}?lang=ar`);
  await desktop.locator('#start:enabled').click();
  await onStep(desktop, 'capture-FRONT');
  const shortUrl = await openHandoff(desktop);
  expect(await desktop.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await desktop.locator('h1').textContent()).toBe(ar.handoff.offer);
  // The address reads left to right inside the right-to-left page.
  expect(await desktop.locator('#handoff-link').getAttribute('dir')).toBe('ltr');
  await expectNoViolations(desktop, 'desktop-ar-handoff');

  // The phone's browser asks for English; the person chose Arabic on the computer.
  const phone = await suite.newPage({ ...PHONE, locale: 'en-US' });
  expect(await openShortLink(phone, shortUrl)).toBe(303);
  await phone.waitForURL(`${session.redirectUrl}?lang=ar`);
  await onStep(phone, 'capture-FRONT');
  expect(await phone.locator('html').getAttribute('lang')).toBe('ar');
  expect(await phone.locator('[data-panel="capture-FRONT"] h1').textContent()).toBe(ar.capture.kinds.FRONT.heading);
  await desktop.getByText(ar.handoff.status.CAPTURING).waitFor();
});
