/**
 * Determinism guard: histories recorded from earlier versions of the workflows (test/fixtures/histories/) must replay
 * against the current workflow code. A change that breaks one needs `patched()` (or worker versioning), not a new
 * fixture. To add fixtures after a deliberate, versioned change: RECORD_HISTORIES=1 npm run jest -- replay.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { getStateQuery, workflowIds } from '../../workflows/definitions';
import { call, createTestAccount, startTestApi, type TestApi } from '../support/harness';
import { selfieJpeg } from '../support/images';
import { click, createLink, eventually } from '../support/links';
import { startReceiver } from '../support/receivers';
import { createSessionByApi, hostedFlow } from '../support/sessions';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'histories');
const WORKFLOWS = require.resolve('../../workflows');

test.each(readdirSync(FIXTURES).filter((file) => file.endsWith('.binpb')))('%s replays against the current workflows', async (file) => {
  const history = temporal.api.history.v1.History.decode(readFileSync(path.join(FIXTURES, file)));
  await Worker.runReplayHistory({ workflowsPath: WORKFLOWS }, history, file);
});

// Registered only when recording, so a normal run neither runs nor lists it.
if (process.env.RECORD_HISTORIES === '1') test('record fixtures: a session approved and purged, a link used up, a delivery retried', async () => {
  const api: TestApi = await startTestApi({ DATA_RETENTION_SECONDS: '1' });
  const receiver = await startReceiver();
  try {
    const account = await createTestAccount(api.db, 10);
    const endpoint = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: receiver.url, events: ['session.manual_finished'] } });
    let answered = 0;
    receiver.answer((_request, response) => {
      answered += 1;
      response.writeHead(answered === 1 ? 503 : 204).end();
    });

    const session = await createSessionByApi(api, account, { flow: 'SELFIE' });
    const flow = hostedFlow(api, session.token);
    await flow.start();
    await flow.upload('FACE', await selfieJpeg(4242));
    await flow.submit(null);
    await eventually(flow.status, (response) => response.json.view.phase === 'DONE');
    await call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/review`, { auth: account.auth, body: { decision: 'APPROVED' } });
    const sessionHandle = api.temporal.workflow.getHandle(workflowIds.verificationSession(session.id));
    await sessionHandle.result();

    const link = await createLink(api, account, { usage: { type: 'SINGLE' }, flow: 'DOCUMENT' });
    await click(api.baseUrl, link.slug);
    const linkHandle = api.temporal.workflow.getHandle(workflowIds.magicLink(link.id));
    await linkHandle.result();

    const event = await api.db.event.findFirstOrThrow({ where: { entityId: session.id, type: 'session.manual_finished' } });
    const deliveryHandle = api.temporal.workflow.getHandle(workflowIds.webhookDelivery(event.id, endpoint.json.id as string, 1));
    await deliveryHandle.result();

    // Binary protobuf: the SDK's JSON history reader trips over its own two protobufjs versions here.
    for (const [name, handle] of [['verification-session-approved-purged', sessionHandle], ['magic-link-single-used', linkHandle], ['webhook-delivery-retried', deliveryHandle]] as const) {
      writeFileSync(path.join(FIXTURES, `${name}.binpb`), temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish());
    }
  } finally {
    await receiver.close();
    await api.close();
  }
}, 60_000);

// Registered only when recording; run alone with `-t 'record link fixtures'` so the fixtures above stay as they are.
if (process.env.RECORD_HISTORIES === '1') test('record link fixtures: clicks claimed in batches, an UNLIMITED count refreshed', async () => {
  const api: TestApi = await startTestApi();
  try {
    const account = await createTestAccount(api.db, 100);
    const multi = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 3 }, flow: 'DOCUMENT' });
    await Promise.all(Array.from({ length: 6 }, () => click(api.baseUrl, multi.slug)));
    const multiHandle = api.temporal.workflow.getHandle(workflowIds.magicLink(multi.id));
    await multiHandle.result();

    const unlimited = await createLink(api, account, { usage: { type: 'UNLIMITED' }, flow: 'DOCUMENT' });
    await Promise.all(Array.from({ length: 5 }, () => click(api.baseUrl, unlimited.slug)));
    const unlimitedHandle = api.temporal.workflow.getHandle(workflowIds.magicLink(unlimited.id));
    await eventually(() => unlimitedHandle.query(getStateQuery), (state) => state.usesConsumed === 5);
    await call(api.baseUrl, 'POST', `/api/v1/links/${unlimited.id}/deactivate`, { auth: account.auth });
    await unlimitedHandle.result();

    for (const [name, handle] of [['magic-link-multi-batched-exhausted', multiHandle], ['magic-link-unlimited-refreshed-deactivated', unlimitedHandle]] as const) {
      writeFileSync(path.join(FIXTURES, `${name}.binpb`), temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish());
    }
  } finally {
    await api.close();
  }
}, 60_000);
