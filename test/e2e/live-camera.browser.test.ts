/**
 * The live camera of the hosted page in a real browser: headless Chromium on a phone-sized screen with a fake camera
 * (test/support/fake-camera.ts) showing the suite's generated photos, against the real API, Temporal worker and
 * PostgreSQL. Proves that a person verifies with the camera alone (document front, back and selfie taken through the
 * viewfinder, checked on the device, sent as JPEGs through the upload endpoint, then submitted and reviewed); that
 * with camera permission denied the page says so and the same verification completes with file uploads; and that a
 * dark picture is refused on the device with the translated (Arabic) guidance while nothing is sent, after which
 * "choose a file" still works; and that a photo already taken is replaced through the live camera. Every camera step
 * passes axe-core (WCAG 2.2 AA) and is photographed into test-artifacts/live-camera/.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import ar from '../../api/hosted/i18n/ar';
import en from '../../api/hosted/i18n/en';
import { PHONE } from '../support/browser';
import { browserSuite, shootPhonePage } from '../support/browser-suite';
import { fakeCameraArgs, showOnFakeCamera } from '../support/fake-camera';
import { documentBackJpeg, documentFrontJpeg, selfieJpeg } from '../support/images';
import { eventually } from '../support/links';
import { createSessionByApi } from '../support/sessions';

const CAMERA_FILE = path.join(tmpdir(), `live-camera-${process.pid}.y4m`);
const VARIANT = 3;

/** A black frame, as a camera sees in the dark. */
const darkness = () => sharp({ create: { width: 640, height: 480, channels: 3, background: '#000000' } }).png().toBuffer();

// Before the suite's own beforeAll launches Chromium, so the fake camera has a file to play from the start.
beforeAll(async () => {
  await showOnFakeCamera(CAMERA_FILE, await darkness());
});
afterAll(async () => {
  await rm(CAMERA_FILE, { force: true });
});

const suite = browserSuite('live-camera', { credits: 20, chromiumArgs: fakeCameraArgs(CAMERA_FILE) });

/**
 * The test's page is closed after it: Chromium's fake camera stays on the file it opened while any page holds it, so
 * a camera left open would show the next test the previous picture.
 */
let openPage: Page | null = null;
afterEach(async () => {
  await openPage?.context().close();
  openPage = null;
});

/** A phone with the camera allowed (or not) for the API's origin, on the hosted page of a new ID-card-and-selfie session. */
async function openSession({ camera, language = 'en' }: { camera: boolean; language?: string }): Promise<{ page: Page; sessionId: string; uploads: string[] }> {
  const session = await createSessionByApi(suite.api, suite.account, { language, flow: 'DOCUMENT_AND_SELFIE', documents: ['ID_CARD'] });
  const page = await suite.newPage(PHONE);
  openPage = page;
  if (camera) await page.context().grantPermissions(['camera'], { origin: suite.api.baseUrl });
  const uploads: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/documents')) uploads.push(request.url());
  });
  await page.goto(session.redirectUrl);
  await page.locator('#start:enabled').click();
  return { page, sessionId: session.id, uploads };
}

const onStep = (page: Page, name: string) => page.locator(`[data-panel="${name}"]`).waitFor({ state: 'visible' });
const guidanceOf = (page: Page, kind: string) => page.locator(`#camera-guidance-${kind}`);

/** Waits for the viewfinder of `kind` to say the picture looks usable, then takes the shot and waits for its preview. */
async function takeShot(page: Page, kind: string, name?: string): Promise<void> {
  await onStep(page, `capture-${kind}`);
  await page.locator(`#live-camera-${kind}`).waitFor({ state: 'visible' });
  await expectText(page, `#camera-guidance-${kind}`, en.camera.guidance.ready);
  if (name) await shootPhonePage(suite, page, `${name}-live`);
  await page.locator(`#camera-shutter-${kind}`).click();
  await page.locator(`#camera-shot-${kind}`).waitFor({ state: 'visible' });
  expect(await guidanceOf(page, kind).textContent()).toBe(en.camera.guidance.check);
  // The focus moves to "use this photo", as the shutter it was on is gone.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`camera-use-${kind}`);
  if (name) await shootPhonePage(suite, page, `${name}-shot`);
}

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(({ selector, text }) => document.querySelector(selector)?.textContent === text, { selector, text });
}

async function documentsOf(sessionId: string) {
  return suite.api.db.document.findMany({ where: { sessionId }, orderBy: { id: 'asc' }, select: { kind: true, mimeType: true, width: true, height: true } });
}

test('with the camera allowed, the document front, back and selfie are taken live, sent as JPEGs, submitted and reviewed', async () => {
  const front = await showOnFakeCamera(CAMERA_FILE, await documentFrontJpeg(VARIANT));
  const { page, sessionId, uploads } = await openSession({ camera: true });

  await takeShot(page, 'FRONT', '01-front');
  // "Retake" goes back to the live picture; the next shot is the one used.
  await page.locator('#camera-retake-FRONT').click();
  await page.locator('#camera-video-FRONT').waitFor({ state: 'visible' });
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('camera-shutter-FRONT');
  await takeShot(page, 'FRONT');
  // What the camera shows when the next step opens it.
  const back = await showOnFakeCamera(CAMERA_FILE, await documentBackJpeg(VARIANT));
  await page.locator('#camera-use-FRONT').click();

  await takeShot(page, 'BACK');
  const selfie = await showOnFakeCamera(CAMERA_FILE, await selfieJpeg(VARIANT));
  await page.locator('#camera-use-BACK').click();

  await takeShot(page, 'FACE', '02-selfie');
  await page.locator('#camera-use-FACE').click();

  await onStep(page, 'review');
  for (const kind of ['FRONT', 'BACK', 'FACE']) {
    expect(await page.locator(`#review-state-${kind}`).textContent()).toBe(en.script.added);
    expect(await page.locator(`#thumb-${kind} img`).count()).toBe(1);
  }
  await shootPhonePage(suite, page, '03-review');
  expect(uploads).toHaveLength(3);

  // Replacing a photo: the step shows the one taken and waits; its "retake photo" opens the live camera, not a file dialog.
  await showOnFakeCamera(CAMERA_FILE, await documentFrontJpeg(VARIANT));
  await page.locator('#edit-FRONT').click();
  await onStep(page, 'capture-FRONT');
  expect(await page.locator('#added-FRONT').isVisible()).toBe(true);
  expect(await page.locator('#live-camera-FRONT').isHidden()).toBe(true);
  expect(await page.locator('label[for="camera-FRONT"]').textContent()).toBe(en.script.retakePhoto);
  await page.locator('label[for="camera-FRONT"]').click();
  await page.locator('#live-camera-FRONT').waitFor({ state: 'visible' });
  await expectText(page, '#camera-guidance-FRONT', en.camera.guidance.ready);
  // The other photos are taken: Continue goes straight back to the review.
  await page.locator('#next-FRONT').click();
  await onStep(page, 'review');
  // Each shot is a whole frame of the camera, as the server stored it.
  expect(await documentsOf(sessionId)).toEqual([
    { kind: 'FRONT', mimeType: 'image/jpeg', ...front },
    { kind: 'BACK', mimeType: 'image/jpeg', ...back },
    { kind: 'FACE', mimeType: 'image/jpeg', ...selfie },
  ]);

  await page.locator('#submit').click();
  await page.locator('#result[data-status="REVIEWING"]').waitFor({ state: 'visible' });
  const row = await eventually(() => suite.api.db.session.findUniqueOrThrow({ where: { id: sessionId } }), (session) => session.status === 'REVIEWING');
  expect(row.status).toBe('REVIEWING');
  // The camera is closed once no step needs it.
  expect(await page.evaluate(`[...document.querySelectorAll('video')].filter((video) => video.srcObject !== null).length`)).toBe(0);
  // Four camera openings, four shots and a whole verification: longer than Jest's default on a busy machine.
}, 120_000);

test('with camera permission denied, the page says so and the verification completes with uploaded files', async () => {
  const images = await suite.imagesOf(VARIANT);
  const { page, sessionId } = await openSession({ camera: false });

  await onStep(page, 'capture-FRONT');
  await expectText(page, '#camera-unavailable-FRONT', en.camera.unavailable.denied);
  expect(await page.locator('#live-camera-FRONT').isHidden()).toBe(true);
  // The step's own pickers are what they always were.
  expect(await page.locator('label[for="camera-FRONT"]').isVisible()).toBe(true);
  expect(await page.locator('label[for="file-FRONT"]').isVisible()).toBe(true);
  await shootPhonePage(suite, page, '04-denied');
  await page.locator('#file-FRONT').setInputFiles(images.documentFrontJpeg!);

  await onStep(page, 'capture-BACK');
  // Asked once per page load: the next step explains without asking again.
  await expectText(page, '#camera-unavailable-BACK', en.camera.unavailable.denied);
  await page.locator('#file-BACK').setInputFiles(images.documentBackJpeg!);
  await onStep(page, 'capture-FACE');
  await page.locator('#file-FACE').setInputFiles(images.selfieJpeg!);

  await onStep(page, 'review');
  await page.locator('#submit').click();
  await page.locator('#result[data-status="REVIEWING"]').waitFor({ state: 'visible' });
  expect((await documentsOf(sessionId)).map((document) => document.kind)).toEqual(['FRONT', 'BACK', 'FACE']);
});

test('Arabic: a dark picture is refused on the device with the translated guidance and nothing is sent; choosing a file still works', async () => {
  await showOnFakeCamera(CAMERA_FILE, await darkness());
  const images = await suite.imagesOf(VARIANT);
  const { page, sessionId, uploads } = await openSession({ camera: true, language: 'ar' });

  await onStep(page, 'capture-FRONT');
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  await expectText(page, '#camera-guidance-FRONT', ar.camera.guidance.tooDark);
  await page.locator('#camera-shutter-FRONT').click();
  await page.locator('#camera-guidance-FRONT.problem').waitFor();
  expect(await guidanceOf(page, 'FRONT').textContent()).toBe(ar.camera.guidance.tooDark);
  expect(await guidanceOf(page, 'FRONT').getAttribute('role')).toBe('status');
  expect(await page.locator('#camera-review-FRONT').isHidden()).toBe(true);
  await shootPhonePage(suite, page, '05-too-dark');
  expect(uploads).toEqual([]);
  expect(await documentsOf(sessionId)).toEqual([]);

  // "Choose a file" stays on offer beside the camera.
  expect(await page.locator('label[for="file-FRONT"]').isVisible()).toBe(true);
  await page.locator('#file-FRONT').setInputFiles(images.documentFrontJpeg!);
  await onStep(page, 'capture-BACK');
  expect((await documentsOf(sessionId)).map((document) => document.kind)).toEqual(['FRONT']);
});
