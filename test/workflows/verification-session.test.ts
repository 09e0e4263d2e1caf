/**
 * verificationSessionWorkflow on every path, driven as a person and a reviewer would drive it — the hosted page's
 * endpoints and the API over real HTTP — against the real Temporal server, worker and PostgreSQL. Short timers come
 * from sessions created with short `expiryTime` / `sessionLength` (below the API's minimums, through the same
 * creation code) and from a test API with short retention and escalation settings.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createSession } from '../../services/sessions/create-session';
import type { TCreateSessionRequest } from '../../services/schemas/sessions';
import { workflowIds } from '../../workflows/definitions';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import {
  blurredJpeg,
  documentBackJpeg,
  documentFrontJpeg,
  hugeFile,
  pdfRenamedAsJpeg,
  selfieJpeg,
  svgWithScript,
  tinyJpeg,
  truncatedJpeg,
  zipFile,
} from '../support/images';
import { eventually } from '../support/links';
import { createSessionByApi, eventTypesOf, hostedFlow, ledgerOf } from '../support/sessions';

let api: TestApi;
let account: TestAccount;
let variant = 0;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 20);
});

/** Distinct images per session, so duplicate detection stays out of tests that are not about it. */
async function freshImages() {
  variant += 1;
  return { front: await documentFrontJpeg(variant), back: await documentBackJpeg(variant), face: await selfieJpeg(variant) };
}

async function uploadAll(flow: ReturnType<typeof hostedFlow>, images: { front: Buffer; back: Buffer; face: Buffer }) {
  for (const [kind, file] of [['FRONT', images.front], ['BACK', images.back], ['FACE', images.face]] as const) {
    const response = await flow.upload(kind, file);
    expect(response.status).toBe(201);
  }
}

async function untilPhase(flow: ReturnType<typeof hostedFlow>, phase: string) {
  return eventually(flow.status, (response) => response.json.view.phase === phase);
}

/** Creates a session, starts it, uploads everything and submits: it ends in REVIEWING. */
async function submittedSession(body: Record<string, unknown> = {}) {
  const session = await createSessionByApi(api, account, { successUrl: 'https://shop.example/ok', errorUrl: 'https://shop.example/no', unverifiedUrl: 'https://shop.example/wait', ...body });
  const flow = hostedFlow(api, session.token);
  expect((await flow.start()).status).toBe(200);
  await uploadAll(flow, await freshImages());
  const submitted = await flow.submit('ID_CARD');
  expect(submitted.status).toBe(202);
  const reviewing = await untilPhase(flow, 'DONE');
  expect(reviewing.json.view.status).toBe('REVIEWING');
  return { session, flow };
}

const review = (sessionId: string, body: unknown) => call(api.baseUrl, 'POST', `/api/v1/sessions/${sessionId}/review`, { auth: account.auth, body });
const getSession = async (sessionId: string) => (await call(api.baseUrl, 'GET', `/api/v1/sessions/${sessionId}`, { auth: account.auth })).json;

test('approved by review: REVIEWING → APPROVED, one CHARGE, every event in order, redirect carries only the reference', async () => {
  const { session, flow } = await submittedSession({ firstName: 'Jonas', lastName: 'Jonaitis', dateOfBirth: '1990-05-17' });
  const before = await getSession(session.id);
  expect(before.status).toMatchObject({ overall: 'REVIEWING', autoDocument: 'AUTO_UNVERIFIABLE', autoFace: 'AUTO_UNVERIFIABLE', fraudTags: [] });
  expect(before.final).toBe(false);
  expect(before.documentType).toBe('ID_CARD');

  const decided = await review(session.id, { decision: 'APPROVED', data: { firstName: 'JONAS', lastName: 'jonaitis', dateOfBirth: '1990-05-17' } });
  expect(decided.status).toBe(200);
  expect(decided.json).toMatchObject({
    status: { overall: 'APPROVED', manualDocument: 'DOC_VALIDATED', manualFace: 'FACE_MATCH', mismatchTags: [] },
    final: true,
    decision: 'APPROVED',
    data: { firstName: 'JONAS', lastName: 'jonaitis', dateOfBirth: '1990-05-17' },
    attempts: 1,
  });
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
  const stored = await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } });
  expect({ balance: stored.creditBalance, reserved: stored.creditReserved }).toEqual({ balance: 19, reserved: 0 });
  expect(await eventTypesOf(api, session.id)).toEqual([
    'session.created',
    'session.started',
    'session.submitted',
    'session.auto_finished',
    'session.manual_finished',
  ]);
  const autoFinished = await api.db.event.findFirstOrThrow({ where: { entityId: session.id, type: 'session.auto_finished' } });
  expect((autoFinished.payload as { final: boolean }).final).toBe(false);
  const manualFinished = await api.db.event.findFirstOrThrow({ where: { entityId: session.id, type: 'session.manual_finished' } });
  expect((manualFinished.payload as { final: boolean }).final).toBe(true);

  const status = await flow.status();
  expect(status.json).toMatchObject({ status: 'APPROVED', final: true, redirectUrl: `https://shop.example/ok?scanRef=${session.id}` });
  // The same review retried (its answer lost) answers with the decision; a different one is refused; neither changes anything.
  const retried = await review(session.id, { decision: 'APPROVED', data: { firstName: 'JONAS', lastName: 'jonaitis', dateOfBirth: '1990-05-17' } });
  expect(retried.status).toBe(200);
  expect(retried.json).toMatchObject({ decision: 'APPROVED', final: true });
  expect((await review(session.id, { decision: 'DENIED', reasons: ['DOC_FAKE'] })).status).toBe(409);
  expect(await api.db.review.count({ where: { sessionId: session.id } })).toBe(1);
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
  const description = await api.temporal.workflow.getHandle(workflowIds.verificationSession(session.id)).describe();
  expect(description.searchAttributes.SessionStatus).toEqual(['APPROVED']);
});

test('denied by review: reasons become the manual sub-status; charged once', async () => {
  const { session, flow } = await submittedSession();
  const decided = await review(session.id, { decision: 'DENIED', reasons: ['DOC_FAKE', 'FACE_MISMATCH'], note: 'printed copy' });
  expect(decided.json).toMatchObject({ status: { overall: 'DENIED', manualDocument: 'DOC_FAKE', manualFace: 'FACE_MISMATCH' }, final: true });
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
  expect((await flow.status()).json.redirectUrl).toBe(`https://shop.example/no?scanRef=${session.id}`);
});

test('suspected: an approval whose reviewed data disagrees with the supplied data gets mismatch tags', async () => {
  const { session } = await submittedSession({ firstName: 'Jonas', lastName: 'Jonaitis', documentNumber: 'AB123', dateOfBirth: '1990-05-17' });
  const decided = await review(session.id, {
    decision: 'APPROVED',
    data: { firstName: 'Petras', lastName: 'Jonaitis', documentNumber: 'AB-123', dateOfBirth: '1991-05-17' },
  });
  expect(decided.json.status).toMatchObject({ overall: 'SUSPECTED', mismatchTags: ['NAME', 'DATE_OF_BIRTH'] });
  expect(decided.json.final).toBe(true);
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
});

test('the same photo in another session of the account raises a fraud tag: the approval becomes SUSPECTED', async () => {
  const images = await freshImages();
  const first = await createSessionByApi(api, account);
  const firstFlow = hostedFlow(api, first.token);
  await firstFlow.start();
  await uploadAll(firstFlow, images);
  await firstFlow.submit('ID_CARD');
  await untilPhase(firstFlow, 'DONE');

  const second = await createSessionByApi(api, account);
  const secondFlow = hostedFlow(api, second.token);
  await secondFlow.start();
  await uploadAll(secondFlow, { ...(await freshImages()), face: images.face });
  await secondFlow.submit('ID_CARD');
  await untilPhase(secondFlow, 'DONE');
  expect((await getSession(second.id)).status.fraudTags).toEqual(['DUPLICATE_FACE']);
  const decided = await review(second.id, { decision: 'APPROVED' });
  expect(decided.json.status.overall).toBe('SUSPECTED');
});

test('denied automatically: images that cannot be judged, twice, use both attempts', async () => {
  const session = await createSessionByApi(api, account, { flow: 'DOCUMENT', documents: ['PASSPORT'] });
  const flow = hostedFlow(api, session.token);
  await flow.start();
  expect((await flow.upload('FRONT', await blurredJpeg(1))).status).toBe(201);
  expect((await flow.submit('PASSPORT')).status).toBe(202);
  const retry = await eventually(flow.status, (response) => response.json.view.phase === 'CAPTURE' && response.json.view.attempt === 2);
  expect(retry.json.view).toMatchObject({ attempt: 2, maxAttempts: 2, uploaded: [], retryReasons: ['DOC_TOO_BLURRY'] });
  // The refused attempt's images do not count for the next one.
  expect((await flow.submit('PASSPORT')).json.error.code).toBe('MISSING_DOCUMENTS');

  expect((await flow.upload('FRONT', await blurredJpeg(2))).status).toBe(201);
  expect((await flow.submit('PASSPORT')).status).toBe(202);
  const done = await untilPhase(flow, 'DONE');
  expect(done.json).toMatchObject({ status: 'DENIED', final: true });
  const stored = await getSession(session.id);
  expect(stored).toMatchObject({ status: { overall: 'DENIED', autoDocument: 'DOC_TOO_BLURRY', autoFace: null }, attempts: 2, final: true });
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
  expect(await eventTypesOf(api, session.id)).toEqual(['session.created', 'session.started', 'session.submitted', 'session.submitted', 'session.auto_finished']);
});

/** Sessions with timers shorter than the API allows, created by the same code the API uses. */
async function shortSession(overrides: Partial<TCreateSessionRequest>) {
  const request: TCreateSessionRequest = {
    clientId: 'short',
    flow: 'DOCUMENT_AND_SELFIE',
    language: 'en',
    expiryTime: 60,
    sessionLength: 600,
    ...overrides,
  };
  const requestKey = `${Date.now().toString(36).padStart(9, '0')}${Math.random().toString(16).slice(2, 12).padEnd(10, '0')}${'0'.repeat(10)}`;
  return createSession({ db: api.db, temporal: api.temporal, config: api.config, dispatch: api.dispatch }, account.accountId, request, requestKey);
}

test('expired, never started (expiryTime): EXPIRED, credit released, page answers 410', async () => {
  const { session, token } = await shortSession({ expiryTime: 2 });
  const expired = await eventually(() => getSession(session.id), (row) => row.status.overall === 'EXPIRED');
  expect(expired.final).toBe(true);
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'RELEASE']);
  expect(await eventTypesOf(api, session.id)).toEqual(['session.created', 'session.expired']);
  expect((await fetch(`${api.baseUrl}/v/${token}`)).status).toBe(410);
  expect((await hostedFlow(api, token).start()).json.error.code).toBe('SESSION_EXPIRED');
});

test('expired mid-flow (sessionLength): uploads are refused after the deadline; credit released', async () => {
  const { session, token } = await shortSession({ sessionLength: 3 });
  const flow = hostedFlow(api, token);
  await flow.start();
  expect((await flow.upload('FRONT', (await freshImages()).front)).status).toBe(201);
  const expired = await eventually(() => getSession(session.id), (row) => row.status.overall === 'EXPIRED');
  expect(expired.startedAt).not.toBeNull();
  expect((await flow.upload('BACK', (await freshImages()).back)).json.error.code).toBe('SESSION_EXPIRED');
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'RELEASE']);
  expect(await eventTypesOf(api, session.id)).toEqual(['session.created', 'session.started', 'session.expired']);
});

test('reopened within sessionLength: the page continues where the person was', async () => {
  const session = await createSessionByApi(api, account);
  const flow = hostedFlow(api, session.token);
  const first = await flow.start();
  expect(first.json.view).toMatchObject({ phase: 'CAPTURE', uploaded: [], attempt: 1 });
  expect((await flow.upload('FRONT', (await freshImages()).front)).status).toBe(201);

  // The browser was closed; the person opens the link again.
  const page = await fetch(`${api.baseUrl}/v/${session.token}`);
  expect(page.status).toBe(200);
  const again = await flow.start();
  expect(again.json.view).toMatchObject({ phase: 'CAPTURE', uploaded: ['FRONT'] });
  expect(again.json.view.secondsLeft).toBeLessThanOrEqual(600);
  expect(again.json.view.secondsLeft).toBeGreaterThan(500);
  const row = await api.db.session.findUniqueOrThrow({ where: { id: session.id } });
  expect(await eventTypesOf(api, session.id)).toEqual(['session.created', 'session.started']);
  expect(row.startedAt).not.toBeNull();
});

test('two concurrent submits: one wins, the session is charged once', async () => {
  const session = await createSessionByApi(api, account);
  const flow = hostedFlow(api, session.token);
  await flow.start();
  await uploadAll(flow, await freshImages());
  const [a, b] = await Promise.all([flow.submit('ID_CARD'), flow.submit('ID_CARD')]);
  expect([a.status, b.status].sort()).toEqual([202, 409]);
  await untilPhase(flow, 'DONE');
  await review(session.id, { decision: 'APPROVED' });
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
  expect((await eventTypesOf(api, session.id)).filter((type) => type === 'session.submitted')).toHaveLength(1);
});

test('a review nobody makes is escalated after the configured time, then can still be decided', async () => {
  const quickEscalation = await startTestApi({ REVIEW_ESCALATION_SECONDS: '1' });
  try {
    const session = await createSessionByApi(quickEscalation, account);
    const flow = hostedFlow(quickEscalation, session.token);
    await flow.start();
    await uploadAll(flow, await freshImages());
    await flow.submit('ID_CARD');
    await untilPhase(flow, 'DONE');
    await eventually(() => eventTypesOf(api, session.id), (types) => types.includes('session.review_escalated'));
    expect((await review(session.id, { decision: 'APPROVED' })).json.status.overall).toBe('APPROVED');
    expect((await eventTypesOf(api, session.id)).slice(-2)).toEqual(['session.review_escalated', 'session.manual_finished']);
  } finally {
    await quickEscalation.close();
  }
});

test('uploads: each bad file gets its code and loses nothing; the session accepts a good file afterwards', async () => {
  const session = await createSessionByApi(api, account);
  const flow = hostedFlow(api, session.token);
  expect((await flow.upload('FRONT', (await freshImages()).front)).json.error.code).toBe('SESSION_NOT_STARTED');
  await flow.start();
  const images = await freshImages();
  expect((await flow.upload('FRONT', images.front)).status).toBe(201);
  const bad: [string, Buffer, string][] = [
    ['a PDF renamed .jpg', pdfRenamedAsJpeg(), 'UNSUPPORTED_FILE_TYPE'],
    ['a zip', zipFile(), 'UNSUPPORTED_FILE_TYPE'],
    ['an SVG with a script', svgWithScript(), 'UNSUPPORTED_FILE_TYPE'],
    ['a 30 MB file', hugeFile(), 'FILE_TOO_LARGE'],
    ['a 10×10 image', await tinyJpeg(), 'IMAGE_TOO_SMALL'],
    ['a truncated JPEG', await truncatedJpeg(), 'IMAGE_UNREADABLE'],
  ];
  for (const [label, file, code] of bad) {
    const response = await flow.upload('BACK', file);
    expect({ label, status: response.status, code: response.json.error?.code }).toEqual({ label, status: 422, code });
  }
  expect((await flow.upload('SIDEWAYS', images.back)).json.error.code).toBe('VALIDATION_ERROR');
  const status = await flow.status();
  expect(status.json.view.uploaded).toEqual(['FRONT']);
  expect((await flow.upload('BACK', images.back)).status).toBe(201);
  expect((await flow.status()).json.view.uploaded).toEqual(['FRONT', 'BACK']);
  expect((await flow.submit('ID_CARD')).json.error).toMatchObject({ code: 'MISSING_DOCUMENTS', details: [{ field: 'FACE' }] });
});

test('images are stored encrypted, without metadata, and never enter workflow history; nor do tokens or personal data', async () => {
  const { session, flow } = await submittedSession({ firstName: 'Ruta', lastName: 'Ramanauskiene', dateOfBirth: '1985-03-09', email: 'ruta@example.com', phone: '+37061234567' });
  await review(session.id, { decision: 'APPROVED', data: { firstName: 'Ruta', documentNumber: 'ZZ998877' }, note: 'looks fine' });
  await flow.status();
  const documents = await api.db.document.findMany({ where: { sessionId: session.id } });
  expect(documents).toHaveLength(3);
  for (const document of documents) {
    const onDisk = readFileSync(path.join(process.env.TEST_DOCUMENT_STORE_DIR!, document.storageKey));
    // Not a JPEG on disk: encrypted.
    expect(onDisk.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(document.mimeType).toBe('image/jpeg');
  }

  const handle = api.temporal.workflow.getHandle(workflowIds.verificationSession(session.id));
  const history = await handle.fetchHistory();
  // Payload bytes serialise as base64 strings under `data`: decode them so what they carry can be searched.
  const payloads: string[] = [];
  const envelope = JSON.stringify(history, (key, value: unknown) => {
    if (key === 'data' && typeof value === 'string') payloads.push(Buffer.from(value, 'base64').toString('utf8'));
    return value;
  });
  const text = `${envelope}\n${payloads.join('\n')}`;
  // Positive control: payloads are readable here (the input's client id is found), so an absence below means absent.
  expect(text.includes('"clientId":"client-1"')).toBe(true);
  for (const secret of [session.token, 'Ruta', 'RUTA', 'Ramanauskiene', '1985-03-09', 'ruta@example.com', '+37061234567', 'ZZ998877', 'looks fine']) {
    expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
  }
  // No image bytes: no JPEG marker sequence, and no payload big enough to hold the smallest stored image
  // (the history as a whole grows with every check the session runs, so its total size proves nothing).
  expect(text.includes('JFIF')).toBe(false);
  const smallestImage = Math.min(...documents.map((document) => document.sizeBytes));
  expect(Math.max(...payloads.map((payload) => payload.length))).toBeLessThan(smallestImage);
});

describe('retention', () => {
  let shortRetention: TestApi;
  beforeAll(async () => {
    shortRetention = await startTestApi({ DATA_RETENTION_SECONDS: '3' });
  });
  afterAll(async () => {
    await shortRetention.close();
  });

  test('after the decision and the retention time: images and personal data purged, decision and audit trail kept', async () => {
    const session = await createSessionByApi(shortRetention, account, { firstName: 'Ona', email: 'ona@example.com' });
    const flow = hostedFlow(shortRetention, session.token);
    await flow.start();
    await uploadAll(flow, await freshImages());
    await flow.submit('ID_CARD');
    await untilPhase(flow, 'DONE');
    await review(session.id, { decision: 'APPROVED', data: { firstName: 'Ona' } });
    const purged = await eventually(() => getSession(session.id), (row) => row.status.overall === 'DELETED', 30_000);
    expect(purged).toMatchObject({ decision: 'APPROVED', final: true, data: null, supplied: { firstName: null, email: null } });
    expect(purged.dataDeletedAt).not.toBeNull();
    const documents = await api.db.document.findMany({ where: { sessionId: session.id } });
    expect(documents.every((document) => document.deletedAt !== null)).toBe(true);
    for (const document of documents) expect(existsSync(path.join(process.env.TEST_DOCUMENT_STORE_DIR!, document.storageKey))).toBe(false);
    expect((await api.db.review.findFirstOrThrow({ where: { sessionId: session.id } })).data).toBeNull();
    expect(await eventTypesOf(api, session.id)).toEqual([
      'session.created',
      'session.started',
      'session.submitted',
      'session.auto_finished',
      'session.manual_finished',
      'session.data_deleted',
    ]);
    expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
    const result: unknown = await shortRetention.temporal.workflow.getHandle(workflowIds.verificationSession(session.id)).result();
    expect(result).toBe('DELETED');
  });
});

test('DELETE /data on request once final: purged now, idempotent', async () => {
  const { session } = await submittedSession({ firstName: 'Ieva' });
  await review(session.id, { decision: 'DENIED', reasons: ['DOC_EXPIRED'] });
  const first = await call(api.baseUrl, 'DELETE', `/api/v1/sessions/${session.id}/data`, { auth: account.auth });
  expect(first.status).toBe(202);
  const purged = await eventually(() => getSession(session.id), (row) => row.status.overall === 'DELETED');
  expect(purged).toMatchObject({ decision: 'DENIED', supplied: { firstName: null } });
  expect((await call(api.baseUrl, 'DELETE', `/api/v1/sessions/${session.id}/data`, { auth: account.auth })).status).toBe(202);
  expect((await eventTypesOf(api, session.id)).filter((type) => type === 'session.data_deleted')).toHaveLength(1);
});
