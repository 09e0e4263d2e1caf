/**
 * Two-factor sign-in in headless Chromium against the real API and PostgreSQL, as an operator does it: set up from
 * the header's link (the key read off the page, as an app would scan it), the recovery codes shown once, sign out, and
 * sign in again with the password and then a code. Each page passes axe-core (WCAG 2.2 AA); screenshots go to
 * test-artifacts/dashboard-two-factor/.
 */
import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { DESKTOP, PHONE } from '../support/browser';
import { newId } from '../../lib/ids';
import { hashPassword } from '../../lib/secrets';
import { totpCodeAt } from '../../lib/two-factor/totp';
import { browserSuite } from '../support/browser-suite';

const suite = browserSuite('dashboard-two-factor', { credits: 10 });

async function checked(page: Page, name: string): Promise<void> {
  expect({ page: name, violations: await accessibilityViolations(page) }).toEqual({ page: name, violations: [] });
  await page.screenshot({ path: suite.artifact(name), fullPage: true });
}

async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${suite.api.baseUrl}/dashboard/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test(`${device}: set up two-factor sign-in, sign out, and sign in again with the password and a code`, async () => {
    const email = `ops-${newId('dashboardUser').slice(4)}@example.com`;
    const password = 'correct horse battery staple';
    await suite.api.db.dashboardUser.create({ data: { id: newId('dashboardUser'), accountId: suite.account.accountId, email, passwordHash: await hashPassword(password), isAdmin: true } });
    const page = await suite.newPage(viewport);
    await signInWithPassword(page, email, password);
    await page.waitForURL(`${suite.api.baseUrl}/dashboard`);

    await page.getByRole('link', { name: 'Two-factor', exact: true }).click();
    await checked(page, `${device}-01-off`);
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = (await page.locator('code.totp-secret').textContent())!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await page.locator('img.qr').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(224);
    await checked(page, `${device}-02-scan`);

    await page.getByLabel('Code from the app').fill(totpCodeAt(secret));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByRole('heading', { name: 'Two-factor sign-in is on' }).waitFor();
    expect(await page.locator('.recovery-codes li').count()).toBe(10);
    await checked(page, `${device}-03-recovery-codes`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInWithPassword(page, email, password);
    await page.waitForURL(`${suite.api.baseUrl}/dashboard/login/two-factor`);
    await checked(page, `${device}-04-code-step`);
    // A code of the next step: the one that confirmed the set-up may still be current, and is never accepted twice.
    await page.getByLabel('Code from your authenticator app').fill(totpCodeAt(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${suite.api.baseUrl}/dashboard`);
    await page.getByRole('link', { name: 'Two-factor', exact: true }).click();
    expect(await page.locator('main').textContent()).toContain('10 of 10 recovery codes are left');
    await checked(page, `${device}-05-on`);
  });
}
