/**
 * The hosted verification page in a real browser: headless Chromium (playwright-core) on a phone-sized screen runs
 * whole verifications against the real API, Temporal worker and PostgreSQL, picking real image files through the
 * page's file inputs. Proves that a person finishes a verification in Lithuanian from a magic link created by API, and
 * in German from a reusable link (switched on the page), where approval sends them to the success URL with only the
 * session reference; that a file which is not a photo is refused with the translated message while the step stays;
 * and that the flow starts from the keyboard. Every step of the two verifications is photographed into
 * test-artifacts/hosted-flow/ and checked to fit the phone's width.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { fill } from '../../api/hosted/i18n';
import de from '../../api/hosted/i18n/de';
import en from '../../api/hosted/i18n/en';
import lt from '../../api/hosted/i18n/lt';
import { PHONE } from '../support/browser';
import { call } from '../support/harness';
import { createLink, eventually } from '../support/links';
import { createSessionByApi, ledgerOf } from '../support/sessions';
import { browserSuite, shootPhonePage } from '../support/browser-suite';

const suite = browserSuite('hosted-flow', { credits: 20 });
/** A 40-character base64url session token at the end of a hosted page's path. */
const HOSTED_PAGE = /\/v\/[A-Za-z0-9_-]{40}$/;
/** Minutes and seconds shortly after Start of a session with the default 600 s to finish. */
const FRESH_COUNTDOWN = /^(10:00|09:[0-5]\d)$/;

async function openOnPhone(url: string): Promise<Page> {
  const page = await suite.newPage(PHONE);
  await page.goto(url);
  return page;
}

const panel = (page: Page, name: string) => page.locator(`[data-panel="${name}"]`);

async function onStep(page: Page, name: string): Promise<void> {
  await panel(page, name).waitFor({ state: 'visible' });
}

const textOf = (page: Page, selector: string) => page.locator(selector).textContent();
const shoot = (page: Page, name: string) => shootPhonePage(suite, page, name);

/** Presses Start once the page's script has enabled it. */
async function pressStart(page: Page): Promise<void> {
  await page.locator('#start:enabled').click();
}

/** Picks a file with the plain upload input (not the camera) of the step for `kind`, once that step is on screen. */
async function pickFile(page: Page, kind: string, file: string): Promise<void> {
  await onStep(page, `capture-${kind}`);
  await page.locator(`#file-${kind}`).setInputFiles(file);
}

async function waitForOutcome(page: Page, status: string): Promise<void> {
  await page.locator(`#result[data-status="${status}"]`).waitFor({ state: 'visible' });
}

/** The session is waiting for a reviewer in the database, then the account approves it through the API. */
async function approve(sessionId: string): Promise<void> {
  await eventually(() => suite.api.db.session.findUniqueOrThrow({ where: { id: sessionId } }), (row) => row.status === 'REVIEWING');
  const response = await call(suite.api.baseUrl, 'POST', `/api/v1/sessions/${sessionId}/review`, { auth: suite.account.auth, body: { decision: 'APPROVED' } });
  expect(response.status).toBe(200);
}

/** The integrator's page behind a success URL: answers every request with a small HTML page saying "done". */
async function startSuccessPage(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>done</title><p id="done">done</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

test('Lithuanian, magic link by API: ID card front, back and selfie → REVIEWING; approved by API → APPROVED after a reload', async () => {
  const images = await suite.imagesOf(1);
  const session = await createSessionByApi(suite.api, suite.account, { language: 'lt', flow: 'DOCUMENT_AND_SELFIE', documents: ['ID_CARD', 'PASSPORT'] });
  const page = await openOnPhone(session.redirectUrl);

  expect(await page.locator('html').getAttribute('lang')).toBe('lt');
  expect(await textOf(page, '[data-panel="welcome"] h1')).toBe(lt.session.heading);
  expect(await textOf(page, '#start')).toBe(lt.landing.start);
  await page.locator('#start:enabled').waitFor();
  await shoot(page, 'lt-01-welcome');

  await pressStart(page);
  await onStep(page, 'document-type');
  expect(await textOf(page, '[data-panel="document-type"] h1')).toBe(lt.capture.documentType.heading);
  expect(await page.locator('#countdown').isVisible()).toBe(true);
  expect(await textOf(page, '#countdown')).toMatch(FRESH_COUNTDOWN);
  expect(await textOf(page, '#progress')).toBe(fill(lt.script.stepOf, { current: 1, total: 5 }));
  await page.locator('#document-type-ID_CARD').check();
  await shoot(page, 'lt-02-document-type');
  await page.locator('#continue').click();

  await onStep(page, 'capture-FRONT');
  expect(await textOf(page, '[data-panel="capture-FRONT"] h1')).toBe(lt.capture.kinds.FRONT.heading);
  expect(await textOf(page, '#progress')).toBe(fill(lt.script.stepOf, { current: 2, total: 5 }));
  await shoot(page, 'lt-03-front');
  await pickFile(page, 'FRONT', images.documentFrontJpeg!);

  await onStep(page, 'capture-BACK');
  expect(await textOf(page, '#progress')).toBe(fill(lt.script.stepOf, { current: 3, total: 5 }));
  await shoot(page, 'lt-04-back');
  await pickFile(page, 'BACK', images.documentBackJpeg!);

  await onStep(page, 'capture-FACE');
  expect(await textOf(page, '[data-panel="capture-FACE"] h1')).toBe(lt.capture.kinds.FACE.heading);
  await shoot(page, 'lt-05-selfie');
  await pickFile(page, 'FACE', images.selfieJpeg!);

  await onStep(page, 'review');
  expect(await textOf(page, '[data-panel="review"] h1')).toBe(lt.capture.review.heading);
  for (const kind of ['FRONT', 'BACK', 'FACE']) {
    expect(await textOf(page, `#review-state-${kind}`)).toBe(lt.script.added);
    expect(await page.locator(`#thumb-${kind} img`).count()).toBe(1);
  }
  await shoot(page, 'lt-06-review');
  await page.locator('#submit').click();

  // The submit answer says CHECKING; the page shows it at least until its first poll, 1.5 s later.
  await onStep(page, 'checking');
  expect(await textOf(page, '[data-panel="checking"] h1')).toBe(lt.capture.checking.heading);
  await shoot(page, 'lt-07-checking');

  await waitForOutcome(page, 'REVIEWING');
  expect(await textOf(page, '#result-heading')).toBe(lt.script.outcomes.REVIEWING.heading);
  expect(await page.locator('#redirect').isHidden()).toBe(true);
  await shoot(page, 'lt-08-reviewing');

  await approve(session.id);
  await page.reload();
  await waitForOutcome(page, 'APPROVED');
  expect(await textOf(page, '#result-heading')).toBe(lt.script.outcomes.APPROVED.heading);
  expect(await textOf(page, '#result-text')).toBe(lt.script.outcomes.APPROVED.hint);
  await shoot(page, 'lt-09-approved');

  const stored = await suite.api.db.session.findUniqueOrThrow({ where: { id: session.id } });
  expect({ status: stored.status, final: stored.final, documentType: stored.documentType, language: stored.language }).toEqual({
    status: 'APPROVED',
    final: true,
    documentType: 'ID_CARD',
    language: 'lt',
  });
  const documents = await suite.api.db.document.findMany({ where: { sessionId: session.id } });
  expect(documents.map((document) => document.kind).sort()).toEqual(['BACK', 'FACE', 'FRONT']);
  expect(await ledgerOf(suite.api, session.id)).toEqual(['RESERVE', 'CHARGE']);
});

test('a reusable link in the browser, switched to German: passport front only; approved → redirected with only scanRef', async () => {
  const images = await suite.imagesOf(2);
  const successPage = await startSuccessPage();
  try {
    const successUrl = `${successPage.url}/done`;
    const link = await createLink(suite.api, suite.account, { usage: { type: 'MULTI', maxUses: 5 }, flow: 'DOCUMENT', successUrl });
    expect(link.url).toBe(`${suite.api.baseUrl}/l/${link.slug}`);
    const page = await openOnPhone(link.url);
    expect(await textOf(page, 'h1')).toBe(en.landing.heading);
    await shoot(page, 'de-01-landing');

    await page.locator('#start').click();
    await page.waitForURL(HOSTED_PAGE);
    const hostedUrl = page.url();
    expect(hostedUrl.startsWith(`${suite.api.baseUrl}/v/`)).toBe(true);
    const session = await suite.api.db.session.findFirstOrThrow({ where: { linkId: link.id } });
    expect((await suite.api.db.link.findUniqueOrThrow({ where: { id: link.id } })).usesConsumed).toBe(1);
    // Start on the link page was the consent and the Start: the hosted page opens on its first step.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await onStep(page, 'document-type');
    expect(await textOf(page, '[data-panel="document-type"] h1')).toBe(en.capture.documentType.heading);
    await shoot(page, 'de-02-document-type-en');

    await page.locator('nav.languages summary').click();
    await page.locator('nav.languages a[hreflang="de"]').click();
    await page.waitForURL(`${hostedUrl}?lang=de`);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await onStep(page, 'document-type');
    expect(await textOf(page, '[data-panel="document-type"] h1')).toBe(de.capture.documentType.heading);
    expect(await textOf(page, '#countdown')).toMatch(FRESH_COUNTDOWN);
    await page.locator('#document-type-PASSPORT').check();
    // A passport has no back: choice, front, review.
    expect(await textOf(page, '#progress')).toBe(fill(de.script.stepOf, { current: 1, total: 3 }));
    await shoot(page, 'de-04-document-type');
    await page.locator('#continue').click();

    await onStep(page, 'capture-FRONT');
    expect(await textOf(page, '[data-panel="capture-FRONT"] h1')).toBe(de.capture.kinds.FRONT.heading);
    expect(await textOf(page, '#progress')).toBe(fill(de.script.stepOf, { current: 2, total: 3 }));
    await shoot(page, 'de-05-front');
    await pickFile(page, 'FRONT', images.documentFrontJpeg!);

    await onStep(page, 'review');
    expect(await textOf(page, '#review-state-FRONT')).toBe(de.script.added);
    expect(await page.locator('#review-list li[data-kind="BACK"]').isHidden()).toBe(true);
    await shoot(page, 'de-06-review');
    await page.locator('#submit').click();

    await onStep(page, 'checking');
    expect(await textOf(page, '[data-panel="checking"] h1')).toBe(de.capture.checking.heading);
    await shoot(page, 'de-07-checking');

    await waitForOutcome(page, 'REVIEWING');
    expect(await textOf(page, '#result-heading')).toBe(de.script.outcomes.REVIEWING.heading);
    // A link has no URL for sessions under review: the person stays on the page.
    expect(await page.locator('#redirect').isHidden()).toBe(true);
    await shoot(page, 'de-08-reviewing');

    await approve(session.id);
    const expectedRedirect = `${successUrl}?scanRef=${session.id}`;
    await page.reload();
    await waitForOutcome(page, 'APPROVED');
    expect(await textOf(page, '#result-heading')).toBe(de.script.outcomes.APPROVED.heading);
    expect(await page.locator('#redirect').getAttribute('href')).toBe(expectedRedirect);
    await shoot(page, 'de-09-approved');

    // About 2 s after the approved view, the page follows the success URL by itself.
    await page.waitForURL(expectedRedirect);
    expect(page.url()).toBe(expectedRedirect);
    expect(await textOf(page, '#done')).toBe('done');
    const stored = await suite.api.db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect({ status: stored.status, documentType: stored.documentType }).toEqual({ status: 'APPROVED', documentType: 'PASSPORT' });
    expect(await ledgerOf(suite.api, session.id)).toEqual(['RESERVE', 'CHARGE']);
  } finally {
    await successPage.close();
  }
});

test('a file that is not a photo is refused with the translated message and the step stays; a photo then proceeds', async () => {
  const images = await suite.imagesOf(3);
  const session = await createSessionByApi(suite.api, suite.account, { language: 'lt', flow: 'DOCUMENT', documents: ['PASSPORT'] });
  const page = await openOnPhone(session.redirectUrl);
  await pressStart(page);

  // A valid PDF named .jpg: the browser calls it image/jpeg, the server reads its bytes.
  await pickFile(page, 'FRONT', images.pdfRenamedAsJpeg!);
  const alert = page.getByRole('alert');
  await alert.waitFor({ state: 'visible' });
  expect(await alert.textContent()).toBe(lt.script.errors.UNSUPPORTED_FILE_TYPE);
  expect(await panel(page, 'capture-FRONT').isVisible()).toBe(true);
  expect(await page.locator('#added-FRONT').isHidden()).toBe(true);
  expect(await page.locator('#next-FRONT').isHidden()).toBe(true);
  expect(await page.locator('#file-FRONT').isEnabled()).toBe(true);
  expect(await suite.api.db.document.count({ where: { sessionId: session.id } })).toBe(0);
  await shoot(page, 'lt-error-unsupported-file');

  await pickFile(page, 'FRONT', images.documentFrontJpeg!);
  await onStep(page, 'review');
  expect(await alert.textContent()).toBe('');
  expect(await textOf(page, '#review-state-FRONT')).toBe(lt.script.added);
  expect((await suite.api.db.document.findMany({ where: { sessionId: session.id } })).map((document) => document.kind)).toEqual(['FRONT']);
});

test('keyboard: Tab reaches Start, Enter starts, and the next step takes the focus to its heading', async () => {
  const session = await createSessionByApi(suite.api, suite.account, { flow: 'SELFIE' });
  const page = await openOnPhone(session.redirectUrl);
  await page.locator('#start:enabled').waitFor();

  await page.keyboard.press('Tab');
  expect(await page.locator(':focus').getAttribute('id')).toBe('start');
  await page.keyboard.press('Enter');

  const heading = page.locator('[data-panel="capture-FACE"] h1:focus');
  await heading.waitFor({ state: 'visible' });
  expect(await heading.textContent()).toBe(en.capture.kinds.FACE.heading);
});
