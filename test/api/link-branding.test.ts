/**
 * A link's own logo (issue 15, must-have 4) on the real API, Temporal worker and PostgreSQL: uploaded through the
 * account logo's intake (hostile files refused with 422), stored in the account's folder and served from our origin;
 * the link's landing page and the sessions it creates show it over the account's logo while the account's other
 * links keep the account's; removing it falls back to the account's; another account's link is 404; both changes are
 * in the audit trail.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { svgWithScript } from '../support/images';
import { click, createLink } from '../support/links';

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

async function upload(url: string, file: Buffer, auth = account.auth) {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), 'logo.png');
  const response = await fetch(`${api.baseUrl}${url}`, { method: 'PUT', headers: { authorization: auth }, body: form });
  return { status: response.status, json: await response.json() };
}

const logoOf = (width: number, colour: string) => sharp({ create: { width, height: 100, channels: 3, background: colour } }).png().toBuffer();

async function pageHtml(url: string): Promise<string> {
  return (await fetch(url, { headers: { accept: 'text/html' } })).text();
}

const logoIdIn = (url: string) => /(lgo_[0-9a-z]{29})/.exec(url)![1]!;

test("a link's logo shows on its pages and its sessions' over the account's; removing it falls back to the account's", async () => {
  const accountLogo = await upload('/api/v1/account/branding/logo', await logoOf(300, '#0b5394'));
  expect(accountLogo.status).toBe(200);
  const accountLogoPath = new URL(accountLogo.json.logoUrl as string).pathname;

  const own = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 5 }, flow: 'SELFIE', language: 'en' });
  const other = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 5 }, flow: 'SELFIE', language: 'en' });

  const uploaded = await upload(`/api/v1/links/${own.id}/branding/logo`, await logoOf(240, '#7a1f5c'));
  expect(uploaded.status).toBe(200);
  const linkLogoUrl = uploaded.json.branding.logoUrl as string;
  expect(linkLogoUrl).toMatch(new RegExp(`^${api.config.http.publicBaseUrl}/branding/logos/lgo_[0-9a-z]{29}\\.png$`));
  expect(linkLogoUrl).not.toBe(accountLogo.json.logoUrl);
  expect(uploaded.json.id).toBe(own.id);
  expect((await call(api.baseUrl, 'GET', `/api/v1/links/${own.id}`, { auth: account.auth })).json.branding.logoUrl).toBe(linkLogoUrl);
  expect((await call(api.baseUrl, 'GET', `/api/v1/links/${other.id}`, { auth: account.auth })).json.branding.logoUrl).toBeNull();

  // Served from our origin as our own PNG re-encoding, stored in the account's folder.
  const served = await fetch(linkLogoUrl);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('image/png');
  expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
  expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({ format: 'png', width: 240, height: 100 });
  const store = api.config.documents.store;
  if (store.transport !== 'local') throw new Error('This test reads the local document store');
  const folder = path.join(store.dir, account.accountId);
  expect((await readdir(folder)).sort()).toEqual([`${logoIdIn(accountLogo.json.logoUrl as string)}.bin`, `${logoIdIn(linkLogoUrl)}.bin`].sort());

  const linkLogoPath = new URL(linkLogoUrl).pathname;
  const ownPage = await pageHtml(own.url);
  expect(ownPage).toContain(`<img src="${linkLogoPath}"`);
  expect(ownPage).not.toContain(accountLogoPath);
  expect(await pageHtml(other.url)).toContain(`<img src="${accountLogoPath}"`);

  // The session a click on the link creates shows the link's logo too.
  const started = await click(api.baseUrl, own.slug);
  expect(started.status).toBe(303);
  expect(await pageHtml(started.json.redirectUrl as string)).toContain(`<img src="${linkLogoPath}"`);

  // Replacing deletes the old stored logo; its URL answers 404.
  const replaced = await upload(`/api/v1/links/${own.id}/branding/logo`, await logoOf(260, '#1b5e20'));
  expect(replaced.status).toBe(200);
  const replacedUrl = replaced.json.branding.logoUrl as string;
  expect(replacedUrl).not.toBe(linkLogoUrl);
  expect((await fetch(linkLogoUrl)).status).toBe(404);
  expect((await fetch(replacedUrl)).status).toBe(200);
  expect(await readdir(folder)).not.toContain(`${logoIdIn(linkLogoUrl)}.bin`);

  const audit = await api.db.auditEntry.findMany({ where: { accountId: account.accountId, subjectId: own.id }, orderBy: { createdAt: 'asc' } });
  expect(audit.map((entry) => [entry.action, entry.detail])).toEqual([
    ['branding.link_logo_uploaded', { logoId: logoIdIn(linkLogoUrl), previousLogoId: null, width: 240, height: 100 }],
    ['branding.link_logo_uploaded', { logoId: logoIdIn(replacedUrl), previousLogoId: logoIdIn(linkLogoUrl), width: 260, height: 100 }],
  ]);

  // Removing it: the link shows the account's logo again, and the link's stored logo is gone.
  const removed = await call(api.baseUrl, 'DELETE', `/api/v1/links/${own.id}/branding/logo`, { auth: account.auth });
  expect(removed.status).toBe(200);
  expect(removed.json.branding.logoUrl).toBeNull();
  expect((await fetch(replacedUrl)).status).toBe(404);
  expect(await pageHtml(own.url)).toContain(`<img src="${accountLogoPath}"`);
  expect(await readdir(folder)).toEqual([`${logoIdIn(accountLogo.json.logoUrl as string)}.bin`]);
  expect(
    await api.db.auditEntry.count({ where: { accountId: account.accountId, subjectId: own.id, action: 'branding.link_logo_removed' } }),
  ).toBe(1);
});

test("a hostile file is refused with 422 and changes nothing; another account's or an unknown link is 404", async () => {
  const link = await createLink(api, account, { usage: { type: 'SINGLE' }, flow: 'SELFIE', language: 'en' });

  const hostile = await upload(`/api/v1/links/${link.id}/branding/logo`, svgWithScript());
  expect({ status: hostile.status, code: hostile.json.error.code }).toEqual({ status: 422, code: 'UNSUPPORTED_FILE_TYPE' });
  const notMultipart = await call(api.baseUrl, 'PUT', `/api/v1/links/${link.id}/branding/logo`, { auth: account.auth, body: { file: 'x' } });
  expect(notMultipart.status).toBe(415);
  expect((await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).brandLogoId).toBeNull();

  const stranger = await createTestAccount(api.db, 5);
  const foreignUpload = await upload(`/api/v1/links/${link.id}/branding/logo`, await logoOf(200, '#0b5394'), stranger.auth);
  expect({ status: foreignUpload.status, code: foreignUpload.json.error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  expect((await call(api.baseUrl, 'DELETE', `/api/v1/links/${link.id}/branding/logo`, { auth: stranger.auth })).status).toBe(404);
  expect((await call(api.baseUrl, 'DELETE', '/api/v1/links/lnk_unknown/branding/logo', { auth: account.auth })).status).toBe(404);

  // Nothing was stored for the refused or foreign uploads.
  const store = api.config.documents.store;
  if (store.transport !== 'local') throw new Error('This test reads the local document store');
  for (const accountId of [account.accountId, stranger.accountId]) {
    await expect(readdir(path.join(store.dir, accountId))).rejects.toThrow();
  }
  expect((await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).brandLogoId).toBeNull();
  expect(await api.db.auditEntry.count({ where: { subjectId: link.id } })).toBe(0);
});
