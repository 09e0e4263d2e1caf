/**
 * The dashboard's branding page on the real stack: admins save the branding through the API's schema (a low-contrast
 * colour comes back with the field marked and the typed values kept), upload and remove the logo through the same
 * intake (a hostile file is refused on the page), all in the audit trail under the operator; the preview shows the
 * branding; operators who are not admins read it and are refused (403); a form without its CSRF token is refused.
 */
import sharp from 'sharp';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { signedInOperator, type Operator } from '../support/dashboard';
import { svgWithScript } from '../support/images';

let api: TestApi;
let account: TestAccount;
let admin: Operator;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 5);
  admin = await signedInOperator(api, account.accountId);
});

const accountRow = () => api.db.account.findUniqueOrThrow({ where: { id: account.accountId } });

async function postLogo(who: Operator, file: Buffer, type: string, csrf?: string): Promise<Response> {
  const form = new FormData();
  form.set('_csrf', csrf ?? (await who.csrf()));
  form.set('file', new Blob([new Uint8Array(file)], { type }), 'logo');
  return fetch(`${api.baseUrl}/dashboard/branding/logo`, { method: 'POST', redirect: 'manual', headers: { cookie: who.cookie }, body: form });
}

test('an admin saves the branding; the preview shows it; the change is audited under the operator', async () => {
  const empty = await (await admin.get('/dashboard/branding')).text();
  expect(empty).toContain('<a href="/dashboard/branding" aria-current="page">Branding</a>');
  expect(empty).toContain('The organisation that sent you this link needs to confirm who you are.');

  const saved = await admin.post('/dashboard/branding', {
    businessName: 'Acme Bank',
    accentColor: '#0B5394',
    supportContact: '+44 20 7946 0958',
    privacyPolicyUrl: 'https://acme.example/privacy',
  });
  expect(saved.status).toBe(303);
  expect(saved.headers.get('location')).toBe('/dashboard/branding?notice=saved');
  expect(await accountRow()).toMatchObject({
    brandName: 'Acme Bank',
    brandAccentColor: '#0b5394',
    brandSupportContact: '+44 20 7946 0958',
    brandPrivacyPolicyUrl: 'https://acme.example/privacy',
  });
  const page = await (await admin.get('/dashboard/branding?notice=saved')).text();
  expect(page).toContain('Branding saved: pages opened from now on show it.');
  expect(page).toContain('<strong>Acme Bank</strong>');
  expect(page).toContain('background:#0b5394;color:#fff');
  expect(page).toContain('<a href="tel:+442079460958" style="color:#0b5394">+44 20 7946 0958</a>');
  expect(page).toContain('id="branding-accent" name="accentColor" type="text" value="#0b5394"');

  const entry = await api.db.auditEntry.findFirstOrThrow({ where: { accountId: account.accountId, action: 'branding.updated' } });
  expect(entry).toMatchObject({ actorEmail: admin.email, subjectId: account.accountId });

  // Empty fields clear the settings.
  expect((await admin.post('/dashboard/branding', { businessName: '', accentColor: '', supportContact: '', privacyPolicyUrl: '' })).status).toBe(303);
  expect(await accountRow()).toMatchObject({ brandName: null, brandAccentColor: null, brandSupportContact: null, brandPrivacyPolicyUrl: null });
});

test('a colour without enough contrast comes back marked, with what was typed, and nothing changes', async () => {
  const refused = await admin.post('/dashboard/branding', { businessName: 'Acme Bank', accentColor: '#ffcc00', supportContact: '', privacyPolicyUrl: 'http://acme.example' });
  expect(refused.status).toBe(422);
  const page = await refused.text();
  expect(page).toContain('<a href="#branding-accent">Accent colour: must have a contrast of at least 4.5:1 against white (WCAG AA); #ffcc00 has 1.');
  expect(page).toContain('<a href="#branding-privacy">Privacy-policy URL: must be an https URL</a>');
  expect(page).toContain('id="branding-accent" name="accentColor" type="text" value="#ffcc00"');
  expect(page).toContain('aria-invalid="true"');
  expect((await accountRow()).brandName).toBeNull();
});

test('the logo is uploaded and removed through the intake, a hostile file refused on the page; all audited', async () => {
  const logo = await sharp({ create: { width: 120, height: 60, channels: 4, background: { r: 11, g: 83, b: 148, alpha: 1 } } }).png().toBuffer();
  const uploaded = await postLogo(admin, logo, 'image/png');
  expect(uploaded.status).toBe(303);
  expect(uploaded.headers.get('location')).toBe('/dashboard/branding?notice=logo-uploaded');
  const { brandLogoId } = await accountRow();
  expect(brandLogoId).toMatch(/^lgo_[0-9a-z]{29}$/);
  const page = await (await admin.get('/dashboard/branding')).text();
  expect(page).toContain(`<img src="/branding/logos/${brandLogoId}.png"`);
  expect(page).toContain('Replace the logo');
  expect((await fetch(`${api.baseUrl}/branding/logos/${brandLogoId}.png`)).status).toBe(200);

  const hostile = await postLogo(admin, svgWithScript(), 'image/svg+xml');
  expect(hostile.status).toBe(422);
  expect(await hostile.text()).toContain('A logo must be a JPEG, PNG or WebP image');
  expect((await accountRow()).brandLogoId).toBe(brandLogoId);

  expect((await postLogo(admin, logo, 'image/png', 'not-the-token')).status).toBe(403);

  const removed = await admin.post('/dashboard/branding/logo/remove');
  expect(removed.status).toBe(303);
  expect((await accountRow()).brandLogoId).toBeNull();
  expect((await fetch(`${api.baseUrl}/branding/logos/${brandLogoId}.png`)).status).toBe(404);
  const actions = await api.db.auditEntry.findMany({ where: { accountId: account.accountId, action: { startsWith: 'branding.' } }, orderBy: { id: 'asc' } });
  expect(actions.map((entry) => [entry.action, entry.actorEmail])).toEqual([
    ['branding.logo_uploaded', admin.email],
    ['branding.logo_removed', admin.email],
  ]);
});

test('an operator who is not an admin sees the branding without forms and is refused (403); a form without CSRF is refused', async () => {
  await admin.post('/dashboard/branding', { businessName: 'Acme Bank', accentColor: '', supportContact: '', privacyPolicyUrl: '' });
  const reader = await signedInOperator(api, account.accountId, { role: 'REVIEWER' });
  const page = await (await reader.get('/dashboard/branding')).text();
  expect(page).toContain('<strong>Acme Bank</strong>');
  expect(page).toContain('Branding is changed by the admin operators of this account.');
  expect(page).not.toContain('action="/dashboard/branding"');
  expect((await reader.post('/dashboard/branding', { businessName: 'Mine' })).status).toBe(403);
  expect((await reader.post('/dashboard/branding/logo/remove')).status).toBe(403);
  expect((await admin.post('/dashboard/branding', { _csrf: 'wrong', businessName: 'Mine' })).status).toBe(403);
  expect((await accountRow()).brandName).toBe('Acme Bank');
});
