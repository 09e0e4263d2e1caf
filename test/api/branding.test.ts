/**
 * Branding per account (issue 15, must-have 4) on the real API, Temporal worker and PostgreSQL: the defaults are
 * unbranded; PUT /account/branding takes a name, an accent colour that reaches 4.5:1 against white, a support contact
 * and an https privacy policy, and refuses anything else with 422 naming the field; the logo goes through the image
 * intake (hostile files refused), is stored encrypted and served from our origin as PNG with a year's caching; a link
 * overrides the account's fields; the pages show all of it, including the contact line where a link hit its limit;
 * every change is in the audit trail.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { basicAuth, call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { pdfRenamedAsJpeg, pixelBombPng, svgWithScript, truncatedJpeg, zipFile } from '../support/images';
import { click, createLink } from '../support/links';
import { createSessionByApi } from '../support/sessions';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 20);
});

const BRANDING = {
  businessName: 'Acme Bank',
  accentColor: '#0B5394',
  supportContact: 'help@acme.example',
  privacyPolicyUrl: 'https://acme.example/privacy',
};

const putBranding = (body: unknown, auth = account.auth) => call(api.baseUrl, 'PUT', '/api/v1/account/branding', { auth, body });

async function uploadLogo(file: Buffer, type = 'image/png', auth = account.auth) {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(file)], { type }), 'logo.png');
  const response = await fetch(`${api.baseUrl}/api/v1/account/branding/logo`, { method: 'PUT', headers: { authorization: auth }, body: form });
  return { status: response.status, json: await response.json() };
}

/** A 300×120 logo with a transparent background, as logos are. */
function transparentLogo(): Promise<Buffer> {
  return sharp({ create: { width: 300, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: 200, height: 80, channels: 4, background: { r: 11, g: 83, b: 148, alpha: 1 } } }, left: 50, top: 20 }])
    .withExifMerge({ IFD0: { Make: 'LogoCam' } })
    .png()
    .toBuffer();
}

/** The account's folder in the run's local document store. */
function accountFolder(): string {
  const store = api.config.documents.store;
  if (store.transport !== 'local') throw new Error('These tests read the local document store');
  return path.join(store.dir, account.accountId);
}

async function pageHtml(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
}

test('an account starts unbranded: null fields, no logo, the pages speak of "the organisation" and name the account as controller', async () => {
  const branding = await call(api.baseUrl, 'GET', '/api/v1/account/branding', { auth: account.auth });
  expect(branding.status).toBe(200);
  expect(branding.json).toEqual({ businessName: null, accentColor: null, supportContact: null, privacyPolicyUrl: null, logoUrl: null });

  const link = await createLink(api, account, { usage: { type: 'SINGLE' }, flow: 'DOCUMENT', language: 'en' });
  expect(link.branding).toEqual({ businessName: null, accentColor: null, supportContact: null, privacyPolicyUrl: null, logoUrl: null });
  const { html } = await pageHtml(link.url);
  expect(html).toContain('The organisation that sent you this link needs to confirm who you are.');
  expect(html).toContain('Test account asks you to verify your identity and is responsible for your personal data');
  expect(html).not.toContain('id="brand"');
  expect(html).not.toContain('id="privacy-policy"');
  expect(html).not.toContain('.button{background:#');

  expect((await click(api.baseUrl, link.slug)).status).toBe(303);
  const exhausted = await pageHtml(link.url);
  expect(exhausted.status).toBe(410);
  expect(exhausted.html).toContain('<h1>This verification link has reached its limit</h1>');
  expect(exhausted.html).toContain('It has been used as many times as the organisation allowed. Ask the organisation that sent it for a new link.');
  expect(exhausted.html).not.toContain('id="support-contact"');
});

test('PUT /account/branding saves the branding (colour normalised), audited with the key that made it; left-out fields are cleared', async () => {
  const saved = await putBranding(BRANDING);
  expect(saved.status).toBe(200);
  expect(saved.json).toEqual({ ...BRANDING, accentColor: '#0b5394', logoUrl: null });
  expect((await call(api.baseUrl, 'GET', '/api/v1/account/branding', { auth: account.auth })).json).toEqual(saved.json);

  const entries = await api.db.auditEntry.findMany({ where: { accountId: account.accountId, action: 'branding.updated' } });
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    actorId: account.keyId,
    actorEmail: 'API key',
    subjectId: account.accountId,
    detail: {
      before: { businessName: null, accentColor: null, supportContact: null, privacyPolicyUrl: null },
      after: { ...BRANDING, accentColor: '#0b5394' },
    },
  });

  const cleared = await putBranding({ businessName: 'Acme Bank', supportContact: '+44 20 7946 0958' });
  expect(cleared.json).toEqual({ businessName: 'Acme Bank', accentColor: null, supportContact: '+44 20 7946 0958', privacyPolicyUrl: null, logoUrl: null });
});

test('an accent colour below 4.5:1 against white, a malformed colour, a non-https policy, an unknown contact and unknown fields are 422 naming the field', async () => {
  const refusals: [Record<string, unknown>, string, RegExp][] = [
    [{ accentColor: '#ffcc00' }, 'accentColor', /at least 4\.5:1 against white \(WCAG AA\); #ffcc00 has 1\.\d\d:1/],
    // #777777 is 4.48:1: just under, so the boundary is the real one.
    [{ accentColor: '#777777' }, 'accentColor', /#777777 has 4\.48:1/],
    [{ accentColor: 'blue' }, 'accentColor', /#rrggbb/],
    [{ accentColor: '#12345' }, 'accentColor', /#rrggbb/],
    [{ privacyPolicyUrl: 'http://acme.example/privacy' }, 'privacyPolicyUrl', /https URL/],
    [{ privacyPolicyUrl: 'javascript:alert(1)' }, 'privacyPolicyUrl', /https URL/],
    [{ supportContact: 'call us' }, 'supportContact', /email address, an https URL or a phone number/],
    [{ supportContact: 'http://acme.example/help' }, 'supportContact', /email address, an https URL or a phone number/],
    [{ businessName: '' }, 'businessName', /./],
    [{ logoUrl: 'https://elsewhere.example/logo.png' }, 'logoUrl', /is not a known field/],
  ];
  for (const [body, field, message] of refusals) {
    const response = await putBranding(body);
    expect({ body, status: response.status, code: response.json.error.code }).toEqual({ body, status: 422, code: 'VALIDATION_ERROR' });
    const detail = response.json.error.details.find((entry: { field: string }) => entry.field === field);
    expect(detail?.message).toMatch(message);
  }
  // #767676 is the lightest grey at 4.5:1: accepted.
  expect((await putBranding({ accentColor: '#767676' })).status).toBe(200);
  expect(await api.db.auditEntry.count({ where: { accountId: account.accountId, action: 'branding.updated' } })).toBe(1);

  const standard = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'Standard', role: 'STANDARD' } });
  const standardAuth = basicAuth(standard.json.id, standard.json.secret);
  expect((await putBranding(BRANDING, standardAuth)).status).toBe(403);
  expect((await call(api.baseUrl, 'GET', '/api/v1/account/branding', { auth: standardAuth })).status).toBe(200);
});

test('a logo is sniffed, re-encoded as PNG without metadata, stored encrypted and served from our origin with a year of caching', async () => {
  const original = await transparentLogo();
  const uploaded = await uploadLogo(original);
  expect(uploaded.status).toBe(200);
  const logoUrl = uploaded.json.logoUrl as string;
  expect(logoUrl).toMatch(new RegExp(`^${api.baseUrl}/branding/logos/lgo_[0-9a-z]{29}\\.png$`));

  const served = await fetch(logoUrl);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('image/png');
  expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  const bytes = Buffer.from(await served.arrayBuffer());
  expect(bytes.equals(original)).toBe(false);
  const metadata = await sharp(bytes).metadata();
  expect({ format: metadata.format, width: metadata.width, height: metadata.height, hasAlpha: metadata.hasAlpha, exif: metadata.exif }).toEqual({
    format: 'png',
    width: 300,
    height: 120,
    hasAlpha: true,
    exif: undefined,
  });

  // At rest it is ciphertext in the account's own folder of the document store.
  const logoId = /(lgo_[0-9a-z]{29})/.exec(logoUrl)![1]!;
  const stored = await readFile(path.join(accountFolder(), `${logoId}.bin`));
  expect(stored.includes(Buffer.from('IHDR'))).toBe(false);

  const audit = await api.db.auditEntry.findFirstOrThrow({ where: { accountId: account.accountId, action: 'branding.logo_uploaded' } });
  expect(audit.detail).toEqual({ logoId, previousLogoId: null, width: 300, height: 120 });

  // A new upload is a new URL; the old one is gone from the store and answers 404.
  const replaced = await uploadLogo(await transparentLogo());
  expect(replaced.json.logoUrl).not.toBe(logoUrl);
  expect((await fetch(logoUrl)).status).toBe(404);
  expect((await fetch(replaced.json.logoUrl)).status).toBe(200);
  expect(await readdir(accountFolder())).toEqual([
    `${/(lgo_[0-9a-z]{29})/.exec(replaced.json.logoUrl)![1]}.bin`,
  ]);

  const removed = await call(api.baseUrl, 'DELETE', '/api/v1/account/branding/logo', { auth: account.auth });
  expect(removed.status).toBe(200);
  expect(removed.json.logoUrl).toBeNull();
  expect((await fetch(replaced.json.logoUrl)).status).toBe(404);
  expect((await fetch(`${api.baseUrl}/branding/logos/..%2f..%2fetc%2fpasswd.png`)).status).toBe(404);
  expect((await fetch(`${api.baseUrl}/branding/logos/lgo_${'0'.repeat(29)}.png`)).status).toBe(404);
});

test('hostile and unusable logo files are refused with 422 and change nothing', async () => {
  const tiny = await sharp({ create: { width: 12, height: 12, channels: 3, background: '#0b5394' } }).png().toBuffer();
  const cases: [string, Buffer, string][] = [
    ['an SVG with a script', svgWithScript(), 'UNSUPPORTED_FILE_TYPE'],
    ['a PDF named .png', pdfRenamedAsJpeg(), 'UNSUPPORTED_FILE_TYPE'],
    ['a ZIP archive', zipFile(), 'UNSUPPORTED_FILE_TYPE'],
    ['a decompression bomb', pixelBombPng(), 'FILE_TOO_LARGE'],
    ['a truncated JPEG', await truncatedJpeg(), 'IMAGE_UNREADABLE'],
    ['a 12-pixel image', tiny, 'IMAGE_TOO_SMALL'],
    ['a file over 1 MB', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1_100_000)]), 'FILE_TOO_LARGE'],
  ];
  for (const [name, file, code] of cases) {
    const response = await uploadLogo(file);
    expect({ name, status: response.status, code: response.json.error.code }).toEqual({ name, status: 422, code });
  }
  const notMultipart = await call(api.baseUrl, 'PUT', '/api/v1/account/branding/logo', { auth: account.auth, body: { file: 'x' } });
  expect(notMultipart.status).toBe(415);
  expect((await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } })).brandLogoId).toBeNull();
  expect(await api.db.auditEntry.count({ where: { accountId: account.accountId, action: 'branding.logo_uploaded' } })).toBe(0);
});

test('the pages show the branding; a link overrides it; the limit page names the business and its contact line', async () => {
  await putBranding(BRANDING);
  const logo = await uploadLogo(await transparentLogo());
  const logoPath = new URL(logo.json.logoUrl as string).pathname;

  const branded = await createLink(api, account, { usage: { type: 'SINGLE' }, flow: 'DOCUMENT', language: 'en' });
  const landing = (await pageHtml(branded.url)).html;
  expect(landing).toContain(`<header class="brand" id="brand"><img src="${logoPath}" alt="" height="40"><span class="brand-name">Acme Bank</span></header>`);
  expect(landing).toContain('Acme Bank needs to confirm who you are. It only takes a few minutes.');
  expect(landing).toContain('Acme Bank asks you to verify your identity and is responsible for your personal data');
  expect(landing).toContain('<a href="https://acme.example/privacy" id="privacy-policy" rel="noopener noreferrer" target="_blank">Privacy policy of Acme Bank</a>');
  expect(landing).toContain('.button{background:#0b5394}');

  expect((await click(api.baseUrl, branded.slug)).status).toBe(303);
  const limit = await pageHtml(`${branded.url}?lang=de`);
  expect(limit.status).toBe(410);
  expect(limit.html).toContain('Bitten Sie Acme Bank um einen neuen Link.');
  expect(limit.html).toContain('Brauchen Sie Hilfe? Wenden Sie sich an Acme Bank: <a href="mailto:help@acme.example" dir="ltr">help@acme.example</a>');

  const overridden = await createLink(api, account, {
    usage: { type: 'MULTI', maxUses: 3 },
    flow: 'SELFIE',
    language: 'en',
    branding: { businessName: 'Acme Insurance', accentColor: '#7a1f5c', supportContact: 'https://acme.example/help' },
  });
  expect(overridden.branding).toEqual({ businessName: 'Acme Insurance', accentColor: '#7a1f5c', supportContact: 'https://acme.example/help', privacyPolicyUrl: null, logoUrl: null });
  const overriddenPage = (await pageHtml(overridden.url)).html;
  expect(overriddenPage).toContain('<span class="brand-name">Acme Insurance</span>');
  expect(overriddenPage).toContain('.button{background:#7a1f5c}');
  // Not overridden: the account's policy and logo.
  expect(overriddenPage).toContain('Privacy policy of Acme Insurance');
  expect(overriddenPage).toContain(`<img src="${logoPath}"`);

  // The session a click creates carries the link's branding onto the hosted page.
  const started = await click(api.baseUrl, overridden.slug);
  const hosted = (await pageHtml(started.json.redirectUrl as string)).html;
  expect(hosted).toContain('<span class="brand-name">Acme Insurance</span>');
  expect(hosted).toContain('.button{background:#7a1f5c}');

  const patched = await call(api.baseUrl, 'PATCH', `/api/v1/links/${overridden.id}`, { auth: account.auth, body: { branding: { accentColor: '#1b5e20' } } });
  expect(patched.status).toBe(200);
  expect(patched.json.branding).toEqual({ businessName: null, accentColor: '#1b5e20', supportContact: null, privacyPolicyUrl: null, logoUrl: null });
  expect(patched.json.name).toBe('Test link');
  const refused = await call(api.baseUrl, 'PATCH', `/api/v1/links/${overridden.id}`, { auth: account.auth, body: { branding: { accentColor: '#ffff00' } } });
  expect(refused.status).toBe(422);
  expect(refused.json.error.details[0].field).toBe('branding.accentColor');
  expect((await call(api.baseUrl, 'PATCH', `/api/v1/links/${overridden.id}`, { auth: account.auth, body: {} })).status).toBe(422);
  const badCreate = await call(api.baseUrl, 'POST', '/api/v1/links', {
    auth: account.auth,
    body: { name: 'x', flow: 'SELFIE', usage: { type: 'SINGLE' }, branding: { privacyPolicyUrl: 'http://acme.example' } },
  });
  expect(badCreate.status).toBe(422);

  // A session created by the API (no link) shows the account's branding.
  const session = await createSessionByApi(api, account, { language: 'en' });
  const apiSessionPage = (await pageHtml(session.redirectUrl)).html;
  expect(apiSessionPage).toContain('<span class="brand-name">Acme Bank</span>');
  expect(apiSessionPage).toContain('<a href="https://acme.example/privacy" id="privacy-policy"');
});
