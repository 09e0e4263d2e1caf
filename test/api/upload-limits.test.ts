/**
 * Uploads per session, on the real API, Temporal worker and PostgreSQL: an image replaces the earlier one of its
 * kind in the attempt (row marked deleted, file gone, dashboard shows the current one); past the stored-bytes cap an
 * upload is 413, past the number of uploads 422, past the rate 429 with Retry-After — each storing nothing and
 * touching neither the document store nor the session's workflow — and the session can still be submitted.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { workflowIds } from '../../workflows/definitions';
import { signedInOperator } from '../support/dashboard';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { documentBackJpeg, documentFrontJpeg, selfieJpeg } from '../support/images';
import { eventually } from '../support/links';
import { createSessionByApi, hostedFlow } from '../support/sessions';

const apis: TestApi[] = [];
let variant = 0;

async function api(overrides: Record<string, string> = {}): Promise<TestApi> {
  const started = await startTestApi(overrides);
  apis.push(started);
  return started;
}

afterAll(async () => {
  await Promise.all(apis.map((started) => started.close()));
});

/** Distinct images, so duplicate detection stays out of these tests. */
async function freshImages() {
  variant += 1;
  return { front: await documentFrontJpeg(1_000 + variant), back: await documentBackJpeg(1_000 + variant), face: await selfieJpeg(1_000 + variant) };
}

/** Noise does not compress: about 480 kB once re-encoded, whatever the seed. */
function noiseJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 1000, height: 700, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 50 }, background: '#808080' } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function startedSession(target: TestApi, account: TestAccount, body: Record<string, unknown> = {}) {
  const session = await createSessionByApi(target, account, body);
  const flow = hostedFlow(target, session.token);
  expect((await flow.start()).status).toBe(200);
  return { session, flow };
}

/** An ID card session on an API with these limits, its three images uploaded: its stored files and history then. */
async function sessionWithEveryImage(limits: Record<string, string>) {
  const target = await api(limits);
  const account = await createTestAccount(target.db, 5);
  const { session, flow } = await startedSession(target, account);
  const images = await freshImages();
  for (const [kind, file] of [['FRONT', images.front], ['BACK', images.back], ['FACE', images.face]] as const) {
    expect((await flow.upload(kind, file)).status).toBe(201);
  }
  const before = { files: await filesOf(session.id), history: await historyCounts(target, session.id) };
  return { target, account, session, flow, images, before };
}

function rowsOf(target: TestApi, sessionId: string) {
  return target.db.document.findMany({ where: { sessionId }, orderBy: { id: 'asc' } });
}

async function filesOf(sessionId: string): Promise<string[]> {
  const names = await readdir(path.join(process.env.TEST_DOCUMENT_STORE_DIR!, sessionId)).catch(() => []);
  return names.sort();
}

/** Updates the session's workflow accepted and signals it received: what the person's requests cost its history. */
async function historyCounts(target: TestApi, sessionId: string) {
  const { events } = await target.temporal.workflow.getHandle(workflowIds.verificationSession(sessionId)).fetchHistory();
  return {
    updates: events!.filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes).length,
    signals: events!.filter((event) => event.workflowExecutionSignaledEventAttributes).length,
  };
}

describe('one image per kind and attempt', () => {
  test('the same kind uploaded four times keeps the last: earlier rows marked deleted, their files gone, the dashboard shows one', async () => {
    const target = await api();
    const account = await createTestAccount(target.db, 5);
    const { session, flow } = await startedSession(target, account, { flow: 'DOCUMENT' });
    const ids: string[] = [];
    for (let upload = 0; upload < 4; upload += 1) {
      const response = await flow.upload('FRONT', (await freshImages()).front);
      expect(response.status).toBe(201);
      expect(response.json.view.uploaded).toEqual(['FRONT']);
      ids.push(response.json.document.id);
    }
    const current = ids[3]!;
    const rows = await rowsOf(target, session.id);
    expect(rows.map((row) => [row.id, row.kind, row.attempt, row.deletedAt === null])).toEqual([
      [ids[0], 'FRONT', 1, false],
      [ids[1], 'FRONT', 1, false],
      [ids[2], 'FRONT', 1, false],
      [current, 'FRONT', 1, true],
    ]);
    expect(await filesOf(session.id)).toEqual([`${current}.bin`]);

    const operator = await signedInOperator(target, account.accountId);
    const page = await (await operator.get(`/dashboard/sessions/${session.id}`)).text();
    expect([...page.matchAll(/\/documents\/(doc_\w+)/g)].map((match) => match[1])).toEqual(expect.arrayContaining([current]));
    for (const replaced of ids.slice(0, 3)) {
      expect(page).not.toContain(replaced);
      expect((await operator.get(`/dashboard/sessions/${session.id}/documents/${replaced}`)).status).toBe(404);
    }
    expect((await operator.get(`/dashboard/sessions/${session.id}/documents/${current}`)).status).toBe(200);

    // The current image is the one the checks judge: the session submits and reaches a reviewer.
    expect((await flow.upload('BACK', (await freshImages()).back)).status).toBe(201);
    expect((await flow.submit('ID_CARD')).status).toBe(202);
    await eventually(flow.status, (response) => response.json.view.status === 'REVIEWING');
  });

  test('a burst of concurrent uploads: at most three run at once, the rest are 429 with Retry-After 1; one image is kept, nothing fails', async () => {
    const target = await api({ SESSION_WRITES_PER_MINUTE: '120' });
    const account = await createTestAccount(target.db, 5);
    const { session, flow } = await startedSession(target, account, { flow: 'DOCUMENT' });
    const front = (await freshImages()).front;
    const burst = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const form = new FormData();
        form.set('kind', 'FRONT');
        form.set('file', new Blob([new Uint8Array(front)], { type: 'image/jpeg' }), 'photo.jpg');
        const response = await fetch(`${target.baseUrl}/v/${session.token}/documents`, { method: 'POST', body: form });
        return { status: response.status, retryAfter: response.headers.get('retry-after'), code: ((await response.json()) as { error?: { code: string } }).error?.code };
      }),
    );
    const accepted = burst.filter((response) => response.status === 201);
    const refused = burst.filter((response) => response.status !== 201);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const response of refused) expect(response).toEqual({ status: 429, retryAfter: '1', code: 'RATE_LIMITED' });
    const rows = await rowsOf(target, session.id);
    expect(rows).toHaveLength(accepted.length);
    expect(rows.filter((row) => row.deletedAt === null)).toHaveLength(1);
    expect(await filesOf(session.id)).toHaveLength(1);
    expect((await flow.status()).json.view.uploaded).toEqual(['FRONT']);
  });
});

describe('caps per session', () => {
  test('stored bytes: an image that would pass the cap is 413 UPLOAD_QUOTA_EXCEEDED and not stored; replacing one within it is accepted', async () => {
    const target = await api({ SESSION_MAX_STORED_BYTES: '1000000' });
    const account = await createTestAccount(target.db, 5);
    const { session, flow } = await startedSession(target, account);
    expect((await flow.upload('FRONT', await noiseJpeg())).status).toBe(201);
    expect((await flow.upload('BACK', await noiseJpeg())).status).toBe(201);
    const before = { rows: (await rowsOf(target, session.id)).length, files: await filesOf(session.id), history: await historyCounts(target, session.id) };

    const refused = await flow.upload('FACE', await noiseJpeg());
    expect(refused).toEqual({
      status: 413,
      json: { error: { code: 'UPLOAD_QUOTA_EXCEEDED', message: 'This session holds as many images as it can store; replace one instead of adding another' } },
    });
    expect({ rows: (await rowsOf(target, session.id)).length, files: await filesOf(session.id), history: await historyCounts(target, session.id) }).toEqual(before);

    const replacement = await flow.upload('FRONT', await noiseJpeg());
    expect(replacement.status).toBe(201);
    const stored = await target.db.document.aggregate({ where: { sessionId: session.id, deletedAt: null }, _sum: { sizeBytes: true }, _count: true });
    expect(stored._count).toBe(2);
    expect(stored._sum.sizeBytes).toBeLessThanOrEqual(1_000_000);
    expect(await filesOf(session.id)).toHaveLength(2);
  });

  test('number: past SESSION_MAX_UPLOADS a flood is 422 TOO_MANY_UPLOADS, stores nothing, adds nothing to the workflow, and the session still submits', async () => {
    const { target, session, flow, images, before } = await sessionWithEveryImage({ SESSION_MAX_UPLOADS: '3', SESSION_WRITES_PER_MINUTE: '120' });
    expect(before.history.updates).toBe(4);

    const flood = await Promise.all(Array.from({ length: 20 }, () => flow.upload('FRONT', images.front)));
    expect(new Set(flood.map((response) => JSON.stringify(response)))).toEqual(
      new Set([JSON.stringify({ status: 422, json: { error: { code: 'TOO_MANY_UPLOADS', message: 'This session has accepted 3 images, its limit; it takes no more' } } })]),
    );
    expect((await rowsOf(target, session.id)).length).toBe(3);
    expect({ files: await filesOf(session.id), history: await historyCounts(target, session.id) }).toEqual(before);

    expect((await flow.submit('ID_CARD')).status).toBe(202);
    const done = await eventually(flow.status, (response) => response.json.view.phase === 'DONE');
    expect(done.json.view.status).toBe('REVIEWING');
    // After submission an upload is refused from the session's row, still without asking the workflow.
    expect((await flow.upload('FRONT', images.front)).json.error.code).toBe('INVALID_STATE');
    expect((await historyCounts(target, session.id)).signals).toBe(before.history.signals + 1);
  });

  test('rate: past SESSION_WRITES_PER_MINUTE writes are 429 RATE_LIMITED with Retry-After, store nothing and reach no workflow; other sessions are not slowed', async () => {
    const { target, account, session, flow, images, before } = await sessionWithEveryImage({ SESSION_WRITES_PER_MINUTE: '4' });
    expect(before.history).toEqual({ updates: 4, signals: 4 });

    const responses = await Promise.all([
      ...Array.from({ length: 10 }, async () => {
        const form = new FormData();
        form.set('kind', 'FRONT');
        form.set('file', new Blob([new Uint8Array(images.front)], { type: 'image/jpeg' }), 'photo.jpg');
        return fetch(`${target.baseUrl}/v/${session.token}/documents`, { method: 'POST', body: form });
      }),
      fetch(`${target.baseUrl}/v/${session.token}/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentType: 'ID_CARD' }) }),
      fetch(`${target.baseUrl}/v/${session.token}/start`, { method: 'POST' }),
    ]);
    for (const response of responses) {
      const retryAfter = Number(response.headers.get('retry-after'));
      expect({ status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
    expect((await rowsOf(target, session.id)).length).toBe(3);
    expect({ files: await filesOf(session.id), history: await historyCounts(target, session.id) }).toEqual(before);
    // Reading is not a write: the page still shows where the person is.
    expect((await flow.status()).json.view).toMatchObject({ phase: 'CAPTURE', uploaded: ['FRONT', 'BACK', 'FACE'] });

    const other = await startedSession(target, account);
    expect((await other.flow.upload('FRONT', images.front)).status).toBe(201);
  });
});
