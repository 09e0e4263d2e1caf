/**
 * The verification engine on the real stack: an API and a workflow worker with the engine on, and the production
 * checks worker (dist/worker/checks-main.js) as a child process on its own task queue, reading generated specimen
 * documents (bench/specimens/) and comparing faces. Each session is walked through the hosted flow over HTTP.
 */
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { FACE_MATCH_THRESHOLDS } from '../../activities/checks/face/face-match-policy';
import { renderSpecimen, specimenDocuments, withWrongCheckDigit, blankImage, type Specimen } from '../../bench/specimens';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { createSessionByApi, hostedFlow, ledgerOf } from '../support/sessions';
import { startTestWorker, workerProcesses } from '../support/worker';

jest.setTimeout(240_000);

const TASK_QUEUE = `engine-test-${randomBytes(4).toString('hex')}`;
const ENGINE_ON = { TEMPORAL_TASK_QUEUE: TASK_QUEUE, VERIFICATION_ENGINE: 'true' };
const checksWorkers = workerProcesses(TASK_QUEUE, { script: 'checks-main.js', env: ENGINE_ON });
let api: TestApi;
let account: TestAccount;
let workflowWorker: { stop(): Promise<void> };
const today = new Date();
const documents = specimenDocuments(today);
const documentNamed = (id: string) => {
  const found = documents.find((document) => document.id === id);
  if (!found) throw new Error(`no specimen ${id}`);
  return found;
};
let passport: Specimen;

beforeAll(async () => {
  checksWorkers.start();
  workflowWorker = await startTestWorker(ENGINE_ON);
  api = await startTestApi(ENGINE_ON);
  account = await createTestAccount(api.db, 1_000);
  passport = await selfieSharpened(await renderSpecimen(documentNamed('deu-passport'), 'clean'));
});

/**
 * The specimen selfies are small crops of sample photos scaled up to 720 px: far softer than a phone's selfie, so the
 * image quality check would ask for a retake before the engine's decision. Back at their own size, sharpened like a
 * phone camera does.
 */
async function selfieSharpened(specimen: Specimen): Promise<Specimen> {
  return { ...specimen, selfie: await sharp(specimen.selfie).resize(320).sharpen({ sigma: 1, m1: 2, m2: 4 }).jpeg({ quality: 92 }).toBuffer() };
}

afterAll(async () => {
  await checksWorkers.killAll();
  await workflowWorker?.stop();
  await api?.close();
});

/** Creates a passport session, uploads the photo page and a selfie, submits, and waits for the engine's answer. */
async function verify(document: Buffer, selfie: Buffer, supplied: Record<string, unknown> = {}) {
  const session = await createSessionByApi(api, account, { clientId: `client-${randomBytes(4).toString('hex')}`, documents: ['PASSPORT'], ...supplied });
  const flow = hostedFlow(api, session.token);
  expect((await flow.start()).status).toBe(200);
  expect((await flow.upload('FRONT', document, 'page.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
  expect((await flow.upload('FACE', selfie, 'selfie.jpg', 'image/jpeg')).status).toBe(201);
  expect((await flow.submit('PASSPORT')).status).toBe(202);
  const row = await eventually(
    () => api.db.session.findUniqueOrThrow({ where: { id: session.id } }),
    // Decided, waiting for a reviewer, or an attempt refused (the person is asked to retake).
    (current) => current.final || current.status === 'REVIEWING' || (current.submittedAt === null && (current.autoDocument !== null || current.autoFace !== null)),
    180_000,
  );
  return { session, row, flow };
}

test('a valid passport with a matching selfie is approved automatically, with every field read exactly', async () => {
  const { session, row } = await verify(passport.images[0]!, passport.selfie);
  expect(row.status).toBe('APPROVED');
  expect([row.autoDocument, row.autoFace]).toEqual(['DOC_VALIDATED', 'FACE_MATCH']);
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);

  const truth = passport.truth;
  const read = await call(api.baseUrl, 'GET', `/api/v1/sessions/${session.id}`, { auth: account.auth });
  expect(read.json.data).toMatchObject({
    firstName: truth.givenNames,
    lastName: truth.surname,
    documentNumber: truth.documentNumber,
    dateOfBirth: truth.dateOfBirth,
    dateOfExpiry: truth.dateOfExpiry,
    nationality: truth.nationality,
    issuingCountry: truth.issuingCountry,
    documentType: 'PASSPORT',
    sex: truth.sex,
  });
  // Every check the decision named, passed; the face score above the match threshold.
  expect(read.json.verification).toMatchObject({ attempt: 1, mrzFound: true, mrzValid: true, documentFaceFound: true });
  expect(read.json.verification.faceSimilarity).toBeGreaterThanOrEqual(FACE_MATCH_THRESHOLDS.match);
  const checks = read.json.verification.checks as { name: string; result: string }[];
  expect(checks.map((check) => check.name)).toEqual(expect.arrayContaining(['MRZ_VALID', 'DOCUMENT_NOT_EXPIRED', 'FACE_MATCH']));
  expect(checks.filter((check) => check.result !== 'PASSED')).toEqual([]);
  const listed = await call(api.baseUrl, 'GET', `/api/v1/sessions?clientId=${encodeURIComponent(session.clientId)}`, { auth: account.auth });
  expect(listed.json.data[0].verification).toEqual(read.json.verification);

  const status = await call(api.baseUrl, 'POST', '/api/v2/status', { auth: account.auth, body: { scanRef: session.id } });
  expect(status.json).toMatchObject({
    status: 'APPROVED',
    autoDocument: 'DOC_VALIDATED',
    autoFace: 'FACE_MATCH',
    data: { docFirstName: truth.givenNames, docLastName: truth.surname, docNumber: truth.documentNumber, docDob: truth.dateOfBirth, docType: 'PASSPORT', manuallyDataChanged: false },
  });
  // The event behind every webhook carries what was read (iDenfy's docFirstName, docNumber, …) and the checks.
  const finished = await api.db.event.findFirstOrThrow({ where: { entityId: session.id, type: 'session.auto_finished' } });
  const payload = finished.payload as { extracted: unknown; verification: unknown };
  expect(payload.extracted).toMatchObject({ documentNumber: truth.documentNumber, lastName: truth.surname });
  expect(payload.verification).toEqual(read.json.verification);
  const reading = await api.db.documentReading.findFirstOrThrow({ where: { sessionId: session.id } });
  expect(reading.sealed).not.toBeNull();
  expect(Buffer.from(reading.sealed!).includes(Buffer.from(truth.documentNumber))).toBe(false);
});

test('with automatic approval switched off for the account, the same passport waits for a reviewer with the findings', async () => {
  const switched = await call(api.baseUrl, 'PATCH', '/api/v1/account', { auth: account.auth, body: { verification: { autoApprove: false } } });
  expect(switched.status).toBe(200);
  expect(switched.json.verification).toEqual({ autoApprove: false, autoDeny: true });
  try {
    const { session, row } = await verify(passport.images[0]!, passport.selfie);
    expect(row.status).toBe('REVIEWING');
    const read = await call(api.baseUrl, 'GET', `/api/v1/sessions/${session.id}`, { auth: account.auth });
    expect(read.json.data).toMatchObject({ documentNumber: passport.truth.documentNumber, source: 'ENGINE' });
    expect(read.json.verification.mrzValid).toBe(true);
    expect(await ledgerOf(api, session.id)).toEqual(['RESERVE']);
  } finally {
    await call(api.baseUrl, 'PATCH', '/api/v1/account', { auth: account.auth, body: { verification: { autoApprove: true } } });
  }
});

test('an expired passport is denied with DOC_EXPIRED and charged once', async () => {
  const expired = await selfieSharpened(await renderSpecimen(documentNamed('fra-passport-expired'), 'clean'));
  const { session, row } = await verify(expired.images[0]!, expired.selfie);
  expect(row.status).toBe('DENIED');
  expect(row.autoDocument).toBe('DOC_EXPIRED');
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
});

test("another person's selfie is never approved: denied or reviewed with the face reason", async () => {
  const other = await selfieSharpened(await renderSpecimen(documentNamed('fra-passport-expired'), 'clean'));
  const { row } = await verify(passport.images[0]!, other.selfie);
  expect(['DENIED', 'REVIEWING']).toContain(row.status);
  expect(['FACE_MISMATCH', 'FACE_UNCERTAIN']).toContain(row.autoFace);
});

test('a passport whose MRZ has a wrong check digit is never approved: the person is asked to retake it', async () => {
  const base = documentNamed('deu-passport');
  const corrupted = await renderSpecimen({ ...base, truth: withWrongCheckDigit(base.truth) }, 'clean');
  const { row, flow } = await verify(corrupted.images[0]!, passport.selfie);
  expect(row.status).not.toBe('APPROVED');
  expect(row.autoDocument).toBe('MRZ_OCR_READING_ERROR');
  const status = await flow.status();
  expect(status.json.view.retryReasons).toContain('MRZ_OCR_READING_ERROR');
});

test('data the integrator supplied that differs from the document raises a mismatch tag and goes to review', async () => {
  const { row } = await verify(passport.images[0]!, passport.selfie, { firstName: 'Someone Else' });
  expect(row.status).toBe('REVIEWING');
  expect(row.mismatchTags).toContain('NAME');
});

test('a blank photo is refused at upload with a specific reason, and no attempt is used', async () => {
  const session = await createSessionByApi(api, account, { clientId: 'blank-photo', documents: ['PASSPORT'] });
  const flow = hostedFlow(api, session.token);
  await flow.start();
  const refused = await flow.upload('FRONT', await blankImage(), 'blank.jpg', 'image/jpeg', 'PASSPORT');
  expect(refused.status).toBe(422);
  expect(refused.json.error.code).toBe('MRZ_NOT_VISIBLE');
  expect(await api.db.document.count({ where: { sessionId: session.id } })).toBe(0);
  const status = await flow.status();
  expect(status.json.view.uploaded).toEqual([]);
  const noFace = await flow.upload('FACE', await blankImage(), 'blank.jpg');
  expect(noFace.json.error.code).toBe('NO_FACE_FOUND');
  expect((await flow.upload('FRONT', passport.images[0]!, 'page.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
});

test('the same document verified for another client of the account is tagged and goes to review', async () => {
  const { row } = await verify(passport.images[0]!, passport.selfie);
  expect(row.status).toBe('REVIEWING');
  expect(row.fraudTags).toContain('DUPLICATE_DOCUMENT');
});

test('the checks worker killed mid-check: the session still gets exactly one decision and one CHARGE', async () => {
  // A passport no other client of the account has verified, so the decision is the engine's alone.
  const british = await selfieSharpened(await renderSpecimen(documentNamed('gbr-passport'), 'clean'));
  const session = await createSessionByApi(api, account, { clientId: 'crash', documents: ['PASSPORT'] });
  const flow = hostedFlow(api, session.token);
  await flow.start();
  await flow.upload('FRONT', british.images[0]!, 'page.jpg', 'image/jpeg', 'PASSPORT');
  await flow.upload('FACE', british.selfie, 'selfie.jpg');
  await checksWorkers.killAll();
  expect((await flow.submit('PASSPORT')).status).toBe(202);
  checksWorkers.start();
  // Killed again while it reads (or just after): the reading's activity runs again on the next worker.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await checksWorkers.killAll();
  checksWorkers.start();
  const row = await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (current) => current.final, 200_000);
  expect(row.status).toBe('APPROVED');
  expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
  expect(await api.db.event.count({ where: { entityId: session.id, type: 'session.auto_finished' } })).toBe(1);
});

test('with no checks worker answering, an upload is accepted after the quick look gives up: the full checks judge it later', async () => {
  const queue = `${TASK_QUEUE}-no-checks`;
  const worker = await startTestWorker({ TEMPORAL_TASK_QUEUE: queue, VERIFICATION_ENGINE: 'true' });
  const lonelyApi = await startTestApi({ TEMPORAL_TASK_QUEUE: queue, VERIFICATION_ENGINE: 'true' });
  try {
    const session = await createSessionByApi(lonelyApi, account, { clientId: 'no-checks-worker', documents: ['PASSPORT'] });
    const flow = hostedFlow(lonelyApi, session.token);
    await flow.start();
    expect((await flow.upload('FRONT', await blankImage(), 'blank.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
  } finally {
    await lonelyApi.close();
    await worker.stop();
  }
});
