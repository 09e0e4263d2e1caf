/**
 * The life of a browser test file: the test API, one Chromium, an account (a fresh one before each test unless told
 * otherwise), every browser context it opened closed at the end, and screenshots under test-artifacts/<name>/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { accessibilityViolations } from './accessibility';
import { PHONE, launchChromium } from './browser';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from './harness';
import { writeTestImages } from './images';

export interface BrowserSuite {
  readonly api: TestApi;
  readonly browser: Browser;
  readonly account: TestAccount;
  /** A page in a context of its own (its own cookies), closed with the suite. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Where a screenshot named `name` goes. */
  artifact(name: string): string;
  /** Image files of one variant (distinct per session, so duplicate-photo detection stays out of the way). */
  imagesOf(variant: number): Promise<Record<string, string>>;
}

/** `chromiumArgs`: extra Chromium switches for this file's browser (launchChromium). */
export function browserSuite(name: string, options: { credits: number; accountPerTest?: boolean; chromiumArgs?: readonly string[] }): BrowserSuite {
  const artifacts = path.join(PROJECT_ROOT, 'test-artifacts', name);
  const contexts: BrowserContext[] = [];
  let api: TestApi | undefined;
  let browser: Browser | undefined;
  let account: TestAccount | undefined;
  let imagesDir: string | undefined;

  beforeAll(async () => {
    api = await startTestApi();
    browser = await launchChromium({ args: options.chromiumArgs ?? [] });
    imagesDir = await mkdtemp(path.join(tmpdir(), `${name}-images-`));
    await rm(artifacts, { recursive: true, force: true });
    await mkdir(artifacts, { recursive: true });
    if (options.accountPerTest === false) account = await createTestAccount(api.db, options.credits);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.close();
    if (imagesDir) await rm(imagesDir, { recursive: true, force: true });
  });
  if (options.accountPerTest !== false) {
    beforeEach(async () => {
      account = await createTestAccount(api!.db, options.credits);
    });
  }

  return {
    get api() {
      return api!;
    },
    get browser() {
      return browser!;
    },
    get account() {
      return account!;
    },
    async newPage(contextOptions = {}) {
      const context = await browser!.newContext(contextOptions);
      contexts.push(context);
      // Below Jest's 60 s, so a stuck step fails with the locator it waited for.
      context.setDefaultTimeout(20_000);
      return context.newPage();
    },
    artifact: (file) => path.join(artifacts, `${file}.png`),
    imagesOf: (variant) => writeTestImages(path.join(imagesDir!, `variant-${variant}`), variant),
  };
}

/**
 * Saves a phone page's screenshot after checking it does not scroll sideways and that axe-core finds nothing
 * against WCAG 2.2 AA.
 */
export async function shootPhonePage(suite: BrowserSuite, page: Page, name: string): Promise<void> {
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.viewport!.width);
  expect({ page: name, violations: await accessibilityViolations(page) }).toEqual({ page: name, violations: [] });
  await page.screenshot({ path: suite.artifact(name), fullPage: true });
}

/** Signs `page` in as the operator whose session cookie (`name=value`, from a form sign-in) is given. */
export async function signInWith(suite: BrowserSuite, page: Page, cookie: string): Promise<Page> {
  const [cookieName, value] = cookie.split('=') as [string, string];
  await page.context().addCookies([{ name: cookieName, value, url: suite.api.baseUrl }]);
  return page;
}
