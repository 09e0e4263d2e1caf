/**
 * No shared disk needed: the API, the workflow worker and the checks worker (dist/worker/checks-main.js, a child
 * process) each get a local directory of their own, as on three machines. A passport uploaded to the API is read by
 * the checks worker on the `database` and `s3` transports (the session is approved from what the engine read); on
 * `local` the checks worker finds nothing under the storage key, says so, and the session goes to a reviewer unread.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderSpecimen, specimenDocuments } from '../../bench/specimens';
import { workflowIds } from '../../workflows/definitions';
import { createTestAccount, startTestApi, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { startS3Server, type TestS3Server } from '../support/s3-server';
import { createSessionByApi, hostedFlow } from '../support/sessions';
import { startTestWorker, workerProcesses } from '../support/worker';

jest.setTimeout(300_000);

let passportPage: Buffer;
let s3: TestS3Server;
const dirs: string[] = [];

beforeAll(async () => {
  const passport = specimenDocuments(new Date()).find((document) => document.id === 'deu-passport')!;
  passportPage = (await renderSpecimen(passport, 'clean')).images[0]!;
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The API, a workflow worker and a checks worker on their own task queue, each with its own directory. */
async function deploymentOn(storeEnv: Record<string, string>) {
  const taskQueue = `stores-${randomBytes(4).toString('hex')}`;
  const own = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mlv-machine-'));
    dirs.push(dir);
    return { TEMPORAL_TASK_QUEUE: taskQueue, VERIFICATION_ENGINE: 'true', DOCUMENT_STORE_DIR: dir, ...storeEnv };
  };
  const checksWorker = workerProcesses(taskQueue, { script: 'checks-main.js', env: await own() });
  checksWorker.start();
  const workflowWorker = await startTestWorker(await own());
  const api = await startTestApi(await own());
  return {
    api,
    async stop() {
      await checksWorker.killAll();
      await workflowWorker.stop();
      await api.close();
    },
  };
}

/** A document-only passport session through the hosted flow, until the engine's verdict (or a reviewer's turn). */
async function verifyPassport(api: TestApi) {
  const account = await createTestAccount(api.db, 10);
  const session = await createSessionByApi(api, account, { flow: 'DOCUMENT', documents: ['PASSPORT'] });
  const flow = hostedFlow(api, session.token);
  expect((await flow.start()).status).toBe(200);
  expect((await flow.upload('FRONT', passportPage, 'page.jpg', 'image/jpeg', 'PASSPORT')).status).toBe(201);
  expect((await flow.submit('PASSPORT')).status).toBe(202);
  const row = await eventually(
    () => api.db.session.findUniqueOrThrow({ where: { id: session.id } }),
    (current) => current.final || current.status === 'REVIEWING',
    240_000,
  );
  const readings = await api.db.documentReading.findMany({ where: { sessionId: session.id } });
  return { sessionId: session.id, row, readings };
}

describe.each([
  ['database', () => ({ DOCUMENT_STORE: 'database' })],
  ['s3', () => s3.env],
])('on the %s transport', (_name, storeEnv) => {
  test('the checks worker reads what the API stored on another machine, and the passport is approved', async () => {
    const deployment = await deploymentOn(storeEnv());
    try {
      const { row, readings } = await verifyPassport(deployment.api);

      expect([row.status, row.autoDocument]).toEqual(['APPROVED', 'DOC_VALIDATED']);
      expect(readings.map((reading) => [reading.mrzFound, reading.mrzValid])).toEqual([[true, true]]);
    } finally {
      await deployment.stop();
    }
  });
});

test('on the local transport with a directory per machine, the checks worker cannot find the image and says so', async () => {
  const deployment = await deploymentOn({ DOCUMENT_STORE: 'local' });
  try {
    const { sessionId, row, readings } = await verifyPassport(deployment.api);

    expect(row.status).toBe('REVIEWING');
    expect(readings).toEqual([]);
    const [document] = await deployment.api.db.document.findMany({ where: { sessionId } });
    const { events } = await deployment.api.temporal.workflow.getHandle(workflowIds.verificationSession(sessionId)).fetchHistory();
    const failures = (events ?? []).flatMap((event) => event.activityTaskFailedEventAttributes?.failure?.message ?? []);
    expect(failures).toEqual([`No image is stored under ${document!.storageKey}`]);
  } finally {
    await deployment.stop();
  }
});
