/** Helpers for browser tests: Debian's Chromium (npm's browser downloads need the internet) driven by playwright-core. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A phone: 390×844 CSS pixels (an iPhone 12–14), touch, twice the pixels for sharp screenshots. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A laptop screen, where operators work. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/** `args`: Chromium switches beside the suite's own (e.g. a fake camera, test/support/fake-camera.ts). */
export async function launchChromium({ args = [] }: { args?: readonly string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: the browser tests need it. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
  });
}
