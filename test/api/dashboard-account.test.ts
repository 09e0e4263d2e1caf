/**
 * Dashboard API keys and credits through their forms, on the real stack: a key created with its secret shown once
 * (and that secret authenticates), once per form; revoked after a confirmation; the last admin key refused with the
 * API's message; top-ups through the creditTopUp workflow, once per form; the whole ledger page by page; operators
 * who are not admins see the lists read-only and are refused (403), as is any form without its CSRF token.
 */
import { newId } from '../../lib/ids';
import { requestKeyFor } from '../../api/dashboard/routes/form-input';
import { basicAuth, call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { postForm, signedInOperator, type Operator } from '../support/dashboard';

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
  account = await createTestAccount(api.db, 42);
  admin = await signedInOperator(api, account.accountId);
});

const formKeyIn = (html: string) => /name="formKey" value="([0-9a-z]{29})"/.exec(html)![1]!;
const balance = async () => (await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } })).creditBalance;

async function formKeyOf(path: string, who: Operator = admin): Promise<string> {
  return formKeyIn(await (await who.get(path)).text());
}

describe('API keys', () => {
  test('the list shows name, role, prefix, created, last used and status; a key is created once per form, its secret shown once', async () => {
    await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth });
    const list = await (await admin.get('/dashboard/api-keys')).text();
    const seeded = await api.db.apiKey.findUniqueOrThrow({ where: { id: account.keyId } });
    expect(list).toContain(`Admin key (first start)<br><small>${account.keyId}</small></td><td>ADMIN</td><td><code>${seeded.secretPrefix}…</code></td>`);
    expect(list).not.toContain('<td>Never</td>');
    expect(list).toContain('<span class="status">Active</span>');

    const formKey = await formKeyOf('/dashboard/api-keys');
    const created = await admin.post('/dashboard/api-keys', { formKey, name: 'CRM integration', role: 'STANDARD' });
    expect(created.status).toBe(201);
    const page = await created.text();
    const keyId = /id="key-id" type="text" readonly value="(key_[0-9a-z]{29})"/.exec(page)![1]!;
    const secret = /id="key-secret" class="secret"[^>]* value="(sk_[^"]+)"/.exec(page)![1]!;
    expect(page.split(secret)).toHaveLength(2);
    expect(page).toContain('Copy it now; it will not be shown again.');
    expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: basicAuth(keyId, secret) })).status).toBe(200);

    const again = await admin.post('/dashboard/api-keys', { formKey, name: 'CRM integration', role: 'STANDARD' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/dashboard/api-keys?notice=already-created&key=${keyId}`);
    const afterRepeat = await (await admin.get(again.headers.get('location')!)).text();
    expect(afterRepeat).toContain('“CRM integration” was created by an earlier submission of the same form');
    expect(afterRepeat).not.toContain(secret);
    expect(await api.db.apiKey.count({ where: { accountId: account.accountId, name: 'CRM integration' } })).toBe(1);
  });

  test('a refused name comes back with 422, the value kept, the error on the field', async () => {
    const formKey = await formKeyOf('/dashboard/api-keys');
    const response = await admin.post('/dashboard/api-keys', { formKey, name: '   ', role: 'ROOT' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<div class="alert" role="alert"><p>Some fields need attention: see below.</p>');
    expect(html).toContain('aria-invalid="true" aria-describedby="key-name-hint key-name-error"');
    expect(html).toContain('<p class="field-error" id="key-name-error">Give the key a name of up to 100 characters.</p>');
    expect(html).toContain('<p class="field-error" id="key-role-error">Choose Standard or Admin.</p>');
    expect(formKeyIn(html)).toBe(formKey);
    expect(await api.db.apiKey.count({ where: { accountId: account.accountId } })).toBe(1);
  });

  test('revoke after a confirmation; the last admin key is refused with the API’s message', async () => {
    const key = await api.db.apiKey.create({
      data: { id: newId('apiKey'), accountId: account.accountId, name: 'Old CI', role: 'STANDARD', secretHash: 'x', secretPrefix: 'sk_oldci12' },
    });
    const confirm = await admin.get(`/dashboard/api-keys/${key.id}/revoke`);
    expect(confirm.status).toBe(200);
    const confirmPage = await confirm.text();
    expect(confirmPage).toContain('Revoke <strong>Old CI</strong>');
    expect(confirmPage).toContain(`action="/dashboard/api-keys/${key.id}/revoke"`);
    const revoked = await admin.post(`/dashboard/api-keys/${key.id}/revoke`);
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get('location')).toBe(`/dashboard/api-keys?notice=revoked&key=${key.id}`);
    expect((await api.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).not.toBeNull();
    const list = await (await admin.get(revoked.headers.get('location')!)).text();
    expect(list).toContain('Revoked “Old CI”: calls made with it are refused from now on.');
    expect(list).toContain('<span class="status" data-status="DISABLED">Revoked</span>');

    const lastAdmin = await admin.post(`/dashboard/api-keys/${account.keyId}/revoke`);
    expect(lastAdmin.status).toBe(409);
    expect(await lastAdmin.text()).toContain('<div class="alert" role="alert"><p>This is the last active admin key; create another admin key first</p></div>');
    expect((await api.db.apiKey.findUniqueOrThrow({ where: { id: account.keyId } })).revokedAt).toBeNull();
  });

  test('a reviewer can neither see nor change the keys (403, with a page that says why)', async () => {
    const reader = await signedInOperator(api, account.accountId, { role: 'REVIEWER' });
    const list = await reader.get('/dashboard/api-keys');
    expect(list.status).toBe(403);
    const html = await list.text();
    expect(html).toContain('<h1>Not available to your role</h1>');
    expect(html).not.toContain(account.keyId);

    expect((await reader.post('/dashboard/api-keys', { formKey: newId('idempotencyKey').slice(4), name: 'Sneaky' })).status).toBe(403);
    expect((await reader.get(`/dashboard/api-keys/${account.keyId}/revoke`)).status).toBe(403);
    expect((await reader.post(`/dashboard/api-keys/${account.keyId}/revoke`)).status).toBe(403);
    expect(await api.db.apiKey.findMany({ where: { accountId: account.accountId }, select: { id: true, revokedAt: true } })).toEqual([
      { id: account.keyId, revokedAt: null },
    ]);
  });
});

describe('credits', () => {
  test('a top-up adds the credits once per form, through the workflow, and says the new balance', async () => {
    const home = await (await admin.get('/dashboard/credits')).text();
    expect(home).toContain('action="/dashboard/top-up"');
    const formKey = formKeyIn(home);
    const fields = { formKey, amount: '25', reason: 'Invoice 7' };

    const first = await admin.post('/dashboard/top-up', fields);
    expect(first.status).toBe(303);
    const location = first.headers.get('location')!;
    expect(location).toMatch(/^\/dashboard\/credits\?added=led_[0-9a-z]{29}$/);
    const second = await admin.post('/dashboard/top-up', fields);
    expect(second.headers.get('location')).toBe(location);

    expect(await balance()).toBe(67);
    expect(await api.db.creditLedgerEntry.count({ where: { accountId: account.accountId, reason: 'Invoice 7' } })).toBe(1);
    const workflow = await api.temporal.workflow.getHandle(`topup:${account.accountId}:${requestKeyFor(account.accountId, formKey)}`).describe();
    expect(workflow.status.name).toBe('COMPLETED');
    const after = await (await admin.get(location)).text();
    expect(after).toContain('<p class="notice" role="status">Added 25 credits (Invoice 7). The balance is now 67.</p>');
    expect(after).toContain('<div class="label">Balance</div><div class="value">67</div>');
    expect(formKeyIn(after)).not.toBe(formKey);
  });

  test('a refused amount comes back with 422 and the values kept; nothing is added', async () => {
    const formKey = await formKeyOf('/dashboard/credits');
    const response = await admin.post('/dashboard/top-up', { formKey, amount: '0', reason: 'kept' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<p class="field-error" id="topup-amount-error">Enter a whole number of credits from 1 to 10,000,000.</p>');
    expect(html).toContain('value="0" aria-invalid="true" aria-describedby="topup-amount-hint topup-amount-error"');
    expect(html).toContain('value="kept"');
    expect(formKeyIn(html)).toBe(formKey);
    expect(await balance()).toBe(42);
  });

  test('a reviewer can neither see the credits nor add any (403)', async () => {
    const reader = await signedInOperator(api, account.accountId, { role: 'REVIEWER' });
    const home = await reader.get('/dashboard/credits');
    expect(home.status).toBe(403);
    expect(await home.text()).not.toContain('action="/dashboard/top-up"');
    expect((await reader.get('/dashboard/ledger')).status).toBe(403);
    expect((await reader.get('/dashboard/credits.csv')).status).toBe(403);
    expect((await reader.post('/dashboard/top-up', { formKey: newId('idempotencyKey').slice(4), amount: '5' })).status).toBe(403);
    expect(await balance()).toBe(42);
  });

  test('the home page shows the latest 10 entries and links to the whole ledger, page by page', async () => {
    const start = Date.now();
    await api.db.creditLedgerEntry.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        id: newId('ledgerEntry', new Date(start + (i + 1) * 1000)),
        accountId: account.accountId,
        type: 'TOPUP' as const,
        amount: i + 1,
        reason: `entry ${i + 1}`,
      })),
    });
    const rowsIn = (html: string) => [...html.matchAll(/<td>entry (\d+)<\/td>/g)].map((match) => Number(match[1]));
    const home = await (await admin.get('/dashboard/credits')).text();
    expect(rowsIn(home)).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
    expect(home).toContain('<a href="/dashboard/ledger">The whole ledger</a>');

    const first = await (await admin.get('/dashboard/ledger')).text();
    expect(rowsIn(first)).toEqual(Array.from({ length: 25 }, (_, i) => 30 - i));
    const older = /<a href="(\/dashboard\/ledger\?cursor=led_[0-9a-z]{29})">Older entries<\/a>/.exec(first)![1]!;
    const second = await (await admin.get(older)).text();
    expect(rowsIn(second)).toEqual([5, 4, 3, 2, 1]);
    expect(second).toContain('<td>Starting credits</td>');
    expect(second).not.toContain('Older entries');
  });
});

test('every new form is refused without the CSRF token (403), and nothing changes', async () => {
  const forms: [string, Record<string, string>][] = [
    ['/dashboard/api-keys', { formKey: await formKeyOf('/dashboard/api-keys'), name: 'No token' }],
    [`/dashboard/api-keys/${account.keyId}/revoke`, {}],
    ['/dashboard/top-up', { formKey: await formKeyOf('/dashboard/credits'), amount: '5' }],
  ];
  for (const [path, fields] of forms) {
    const response = await postForm(api, path, fields, admin.cookie);
    expect([path, response.status]).toEqual([path, 403]);
  }
  expect(await api.db.apiKey.count({ where: { accountId: account.accountId } })).toBe(1);
  expect(await balance()).toBe(42);
});

describe('automatic decisions', () => {
  const storedPolicy = async () => {
    const stored = await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } });
    return { autoApprove: stored.autoApprove, autoDeny: stored.autoDeny };
  };

  test('an admin operator switches automatic approval off and on; the page says which is on', async () => {
    const home = await (await admin.get('/dashboard/credits')).text();
    expect(home).toContain('Automatic approval is on.');
    // Only autoDeny ticked: an unticked checkbox is not sent.
    const saved = await admin.post('/dashboard/auto-decisions', { autoDeny: 'on' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/dashboard/credits?saved=auto-decisions');
    expect(await storedPolicy()).toEqual({ autoApprove: false, autoDeny: true });
    const after = await (await admin.get('/dashboard/credits?saved=auto-decisions')).text();
    expect(after).toContain('Automatic decisions saved');
    expect(after).toContain('Automatic approval is off: those sessions go to review.');
    expect(after).toMatch(/id="policy-autoDeny" name="autoDeny" type="checkbox" checked/);
    await admin.post('/dashboard/auto-decisions', { autoApprove: 'on', autoDeny: 'on' });
    expect(await storedPolicy()).toEqual({ autoApprove: true, autoDeny: true });
  });

  test('a reviewer cannot change the decision policy (403)', async () => {
    const reader = await signedInOperator(api, account.accountId, { role: 'REVIEWER' });
    expect((await reader.post('/dashboard/auto-decisions', {})).status).toBe(403);
    expect(await storedPolicy()).toEqual({ autoApprove: true, autoDeny: true });
  });

  test('the API: GET shows the policy, PATCH with an admin key changes it, a standard key is refused, unknown fields 422', async () => {
    const read = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth });
    expect(read.json.verification).toEqual({ autoApprove: true, autoDeny: true });
    const changed = await call(api.baseUrl, 'PATCH', '/api/v1/account', { auth: account.auth, body: { verification: { autoDeny: false } } });
    expect(changed.status).toBe(200);
    expect(changed.json.verification).toEqual({ autoApprove: true, autoDeny: false });

    const key = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'standard' } });
    const standard = basicAuth(key.json.id, key.json.secret);
    expect((await call(api.baseUrl, 'PATCH', '/api/v1/account', { auth: standard, body: { verification: { autoDeny: true } } })).status).toBe(403);
    const unknown = await call(api.baseUrl, 'PATCH', '/api/v1/account', { auth: account.auth, body: { verification: { autoReview: true } } });
    expect(unknown.status).toBe(422);
    expect(await storedPolicy()).toEqual({ autoApprove: true, autoDeny: false });
  });
});
