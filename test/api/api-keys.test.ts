/** API keys (admin keys only): create with a one-time secret, list without secrets, revoke, and who may do what. */
import { sha256Hex } from '../../lib/secrets';
import { basicAuth, call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
// A fresh account per test: the list, pagination and last-admin rules depend on exactly which keys exist.
beforeEach(async () => {
  account = await createTestAccount(api.db);
});

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

async function createKey(body: unknown, auth = account.auth) {
  const response = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth, body });
  expect(response.status).toBe(201);
  return { ...response.json, auth: basicAuth(response.json.id, response.json.secret) } as {
    id: string;
    secret: string;
    role: string;
    revokedAt: string | null;
    auth: string;
  };
}

const listKeys = (query = '', auth = account.auth) => call(api.baseUrl, 'GET', `/api/v1/api-keys${query}`, { auth });
const revokeKey = (id: string, auth = account.auth) => call(api.baseUrl, 'DELETE', `/api/v1/api-keys/${id}`, { auth });
const waitingForAccountRow = async () =>
  (await api.db.$queryRaw<{ waiting: number }[]>`
    SELECT count(*)::int AS waiting FROM pg_stat_activity
    WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FROM "Account"%FOR UPDATE%'`)[0]!.waiting;
const getAccount = (auth: string) => call(api.baseUrl, 'GET', '/api/v1/account', { auth });

test('POST → 201 with the secret shown once, its prefix, and role STANDARD by default; the new key authenticates', async () => {
  const response = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'CI pipeline' } });
  expect(response.status).toBe(201);
  expect(response.json).toEqual({
    id: expect.stringMatching(/^key_[0-9a-z]{29}$/),
    name: 'CI pipeline',
    role: 'STANDARD',
    secret: expect.stringMatching(/^sk_/),
    secretPrefix: response.json.secret.slice(0, 10),
    createdAt: expect.stringMatching(ISO_DATETIME),
    lastUsedAt: null,
    revokedAt: null,
  });

  const asNewKey = await getAccount(basicAuth(response.json.id, response.json.secret));
  expect(asNewKey.status).toBe(200);
  expect(asNewKey.json.id).toBe(account.accountId);
});

test('an explicit ADMIN role is kept', async () => {
  const key = await createKey({ name: 'second admin', role: 'ADMIN' });
  expect(key.role).toBe('ADMIN');
});

test('invalid bodies → 422 VALIDATION_ERROR naming the field', async () => {
  const response = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: '  ', role: 'ROOT' } });
  expect(response.status).toBe(422);
  expect(response.json.error.code).toBe('VALIDATION_ERROR');
  expect(response.json.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['name', 'role']);
});

test('the secret is stored only as its SHA-256 hash', async () => {
  const key = await createKey({ name: 'hashed' });
  const row = await api.db.apiKey.findUniqueOrThrow({ where: { id: key.id } });
  expect(row.secretHash).not.toBe(key.secret);
  expect(row.secretHash).toBe(sha256Hex(key.secret));
  expect(row.secretPrefix).toBe(key.secret.slice(0, 10));
});

test('GET lists the account keys newest first, with no secret or hash', async () => {
  const first = await createKey({ name: 'first' });
  const second = await createKey({ name: 'second' });
  const third = await createKey({ name: 'third' });

  const response = await listKeys();
  expect(response.status).toBe(200);
  expect(response.json.nextCursor).toBeNull();
  expect(response.json.data.map((key: { id: string }) => key.id)).toEqual([third.id, second.id, first.id, account.keyId]);
  for (const key of response.json.data) {
    expect(key).not.toHaveProperty('secret');
    expect(key).not.toHaveProperty('secretHash');
    expect(Object.keys(key).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'role', 'secretPrefix']);
  }
});

test('?limit=1 pages through every key once, following nextCursor until it is null', async () => {
  const first = await createKey({ name: 'first' });
  const second = await createKey({ name: 'second' });

  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const response = await listKeys(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    const ids = response.json.data.map((key: { id: string }) => key.id);
    pages.push(ids);
    cursor = response.json.nextCursor;
    // The cursor is the last id of the page, so the next page starts strictly after it.
    if (cursor !== null) expect(cursor).toBe(ids.at(-1));
  } while (cursor !== null && pages.length < 10);

  expect(pages).toEqual([[second.id], [first.id], [account.keyId]]);
});

test('DELETE revokes: 200 with revokedAt, the key then gets 401, and a second DELETE answers the same', async () => {
  const key = await createKey({ name: 'to revoke' });
  expect((await getAccount(key.auth)).status).toBe(200);

  const revoked = await revokeKey(key.id);
  expect(revoked.status).toBe(200);
  expect(revoked.json.id).toBe(key.id);
  expect(revoked.json.revokedAt).toMatch(ISO_DATETIME);
  expect(revoked.json).not.toHaveProperty('secret');

  const rejected = await getAccount(key.auth);
  expect(rejected.status).toBe(401);
  expect(rejected.json.error.code).toBe('UNAUTHORIZED');

  const again = await revokeKey(key.id);
  expect(again.status).toBe(200);
  expect(again.json).toEqual(revoked.json);
});

test('the last active admin key cannot be revoked → 409 INVALID_STATE, until another admin key exists', async () => {
  const lastAdmin = await revokeKey(account.keyId);
  expect(lastAdmin.status).toBe(409);
  expect(lastAdmin.json.error.code).toBe('INVALID_STATE');
  expect((await getAccount(account.auth)).status).toBe(200);

  // STANDARD keys do not count as admins.
  await createKey({ name: 'standard' });
  expect((await revokeKey(account.keyId)).status).toBe(409);

  const secondAdmin = await createKey({ name: 'second admin', role: 'ADMIN' });
  expect((await revokeKey(account.keyId)).status).toBe(200);
  expect((await getAccount(account.auth)).status).toBe(401);

  // Now the second admin is the last one, even when it revokes itself.
  const self = await revokeKey(secondAdmin.id, secondAdmin.auth);
  expect(self.status).toBe(409);
  expect(self.json.error.code).toBe('INVALID_STATE');
});

test('a STANDARD key → 403 FORBIDDEN on every /api-keys route, though it authenticates', async () => {
  const standard = await createKey({ name: 'standard' });
  expect((await getAccount(standard.auth)).status).toBe(200);

  const attempts = [
    call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: standard.auth, body: { name: 'escalate', role: 'ADMIN' } }),
    listKeys('', standard.auth),
    revokeKey(account.keyId, standard.auth),
    revokeKey(standard.id, standard.auth),
  ];
  for (const response of await Promise.all(attempts)) {
    expect(response.status).toBe(403);
    expect(response.json.error.code).toBe('FORBIDDEN');
  }
  const rows = await api.db.apiKey.findMany({ where: { accountId: account.accountId } });
  expect(rows.map((row) => row.name).sort()).toEqual(['Admin key (first start)', 'standard']);
  expect(rows.every((row) => row.revokedAt === null)).toBe(true);
});

test("another account's admin key can neither see nor revoke this account's keys", async () => {
  const key = await createKey({ name: 'mine' });
  const other = await createTestAccount(api.db);

  const otherList = await listKeys('', other.auth);
  expect(otherList.status).toBe(200);
  expect(otherList.json.data.map((k: { id: string }) => k.id)).toEqual([other.keyId]);

  const response = await revokeKey(key.id, other.auth);
  expect(response.status).toBe(404);
  expect(response.json).toEqual({ error: { code: 'NOT_FOUND', message: `API key ${key.id} not found` } });
  expect((await api.db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();
  expect((await getAccount(key.auth)).status).toBe(200);
});

test('an unknown id → 404 NOT_FOUND', async () => {
  const response = await revokeKey('key_doesnotexist');
  expect(response.status).toBe(404);
  expect(response.json).toEqual({ error: { code: 'NOT_FOUND', message: 'API key key_doesnotexist not found' } });
});

test('lastUsedAt is null until the key is used, then set', async () => {
  const key = await createKey({ name: 'unused' });
  const listed = (await listKeys()).json.data.find((k: { id: string }) => k.id === key.id);
  expect(listed.lastUsedAt).toBeNull();

  expect((await getAccount(key.auth)).status).toBe(200);

  const used = (await listKeys()).json.data.find((k: { id: string }) => k.id === key.id);
  expect(used.lastUsedAt).toMatch(ISO_DATETIME);
  expect(Date.parse(used.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(used.createdAt));
});

test('an idempotent replay returns the same key without its secret, and the secret is stored nowhere', async () => {
  const headers = { 'Idempotency-Key': 'create-key-1' };
  const first = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'replayed' }, headers });
  const replay = await call(api.baseUrl, 'POST', '/api/v1/api-keys', { auth: account.auth, body: { name: 'replayed' }, headers });
  expect(first.status).toBe(201);
  expect(replay.status).toBe(201);
  expect(replay.headers.get('idempotent-replayed')).toBe('true');
  expect(replay.json).toEqual({ ...first.json, secret: null });
  const stored = await api.db.idempotencyKey.findFirstOrThrow({ where: { accountId: account.accountId, key: 'create-key-1' } });
  expect(JSON.stringify(stored.responseBody)).not.toContain(first.json.secret);
  expect(await api.db.apiKey.count({ where: { accountId: account.accountId, name: 'replayed' } })).toBe(1);
});

test('concurrent revokes of the only two admin keys leave exactly one active', async () => {
  const second = await createKey({ name: 'second admin', role: 'ADMIN' });
  // Both requests must be past authentication when they meet (else the loser's own key is already revoked: 401), so
  // the test holds the account's row until both revocations wait for it — on a busy machine as on an idle one.
  const revokes = await api.db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Account" WHERE id = ${account.accountId} FOR UPDATE`;
      const pending = Promise.all([revokeKey(account.keyId, second.auth), revokeKey(second.id, account.auth)]);
      await eventually(waitingForAccountRow, (waiting) => waiting === 2);
      return { pending };
    },
    { timeout: 30_000 },
  );
  const statuses = await revokes.pending;
  expect(statuses.map((r) => r.status).sort()).toEqual([200, 409]);
  expect(await api.db.apiKey.count({ where: { accountId: account.accountId, role: 'ADMIN', revokedAt: null } })).toBe(1);
});
