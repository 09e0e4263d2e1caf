/**
 * Durability: the worker process is killed (SIGKILL) in the middle of a burst of clicks and started again. Every
 * click answered 303 has its session and reservation, nothing is created twice, and the counters equal the sums.
 * Sessions: killed around a submission and a review, or absent when a session expires — settled exactly once.
 */
import { createSession } from '../../services/sessions/create-session';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { documentBackJpeg, documentFrontJpeg, selfieJpeg } from '../support/images';
import { clickMany, createLink, eventually } from '../support/links';
import { workerProcesses } from '../support/worker';
import { createSessionByApi, hostedFlow, ledgerOf } from '../support/sessions';

const TASK_QUEUE = 'worker-crash-test';
let api: TestApi;
let account: TestAccount;
const workers = workerProcesses(TASK_QUEUE);

/** The production worker (compiled, prebuilt workflow bundle) on its own task queue. */
beforeAll(async () => {
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: TASK_QUEUE });
  account = await createTestAccount(api.db, 10_000);
});
afterAll(async () => {
  await workers.killAll();
  await api.close();
});

test('killing the worker mid-burst loses no click and doubles none', async () => {
  workers.start();
  const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
  const burst = clickMany(api.baseUrl, link.slug, 150);

  await eventually(() => api.db.session.count({ where: { linkId: link.id } }), (count) => count >= 30);
  await workers.killAll();
  const sessionsAtCrash = await api.db.session.count({ where: { linkId: link.id } });
  workers.start();

  const results = await burst;
  const answered = results.filter((r) => r.status === 303).map((r) => r.json.sessionId as string);
  // A click is either answered with its session, or told to try later (503) if the worker was away too long.
  expect(results.every((r) => r.status === 303 || r.status === 503)).toBe(true);
  expect(answered.length).toBeGreaterThan(sessionsAtCrash);
  expect(new Set(answered).size).toBe(answered.length);

  // Clicks that timed out may still complete on the restarted worker: wait until the count stops moving.
  let finalSessions = await api.db.session.findMany({ where: { linkId: link.id }, select: { id: true } });
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = await api.db.session.findMany({ where: { linkId: link.id }, select: { id: true } });
    if (now.length === finalSessions.length) break;
    finalSessions = now;
  }
  const sessionIds = new Set(finalSessions.map((s) => s.id));
  for (const id of answered) expect(sessionIds.has(id)).toBe(true);

  const reserves = await api.db.creditLedgerEntry.findMany({ where: { accountId: account.accountId, type: 'RESERVE' }, select: { sessionId: true } });
  expect(reserves.length).toBe(finalSessions.length);
  expect(new Set(reserves.map((r) => r.sessionId)).size).toBe(reserves.length);
  const row = await api.db.link.findUniqueOrThrow({ where: { id: link.id } });
  expect(row.usesConsumed).toBe(finalSessions.length);
  const accountRow = await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } });
  expect(accountRow.creditReserved).toBe(finalSessions.length);
}, 120_000);

describe('sessions survive worker crashes', () => {
  test('killed around the submission and around the review: one CHARGE, the decision lands', async () => {
    workers.start();
    const session = await createSessionByApi(api, account);
    const flow = hostedFlow(api, session.token);
    expect((await flow.start()).status).toBe(200);
    for (const [kind, image] of [['FRONT', await documentFrontJpeg(900)], ['BACK', await documentBackJpeg(900)], ['FACE', await selfieJpeg(900)]] as const) {
      expect((await flow.upload(kind, image)).status).toBe(201);
    }
    expect((await flow.submit('ID_CARD')).status).toBe(202);
    await workers.killAll();
    workers.start();
    await eventually(flow.status, (response) => response.json.view.phase === 'DONE', 60_000);

    const reviewed = call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/review`, { auth: account.auth, body: { decision: 'APPROVED' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await workers.killAll();
    workers.start();
    // Answered once the restarted worker applies it (also when the crash came after it applied), or 503 if that took
    // longer than the API waits; then the same review again answers 200 with the decision.
    expect([200, 503]).toContain((await reviewed).status);
    const decided = await eventually(
      () => api.db.session.findUniqueOrThrow({ where: { id: session.id } }),
      (row) => row.status === 'APPROVED',
      60_000,
    );
    expect(decided.final).toBe(true);
    const again = await call(api.baseUrl, 'POST', `/api/v1/sessions/${session.id}/review`, { auth: account.auth, body: { decision: 'APPROVED' } });
    expect(again.status).toBe(200);
    expect(again.json.decision).toBe('APPROVED');
    expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'CHARGE']);
  }, 120_000);

  test('a session that expires while no worker runs is expired once, its credit released once', async () => {
    await workers.killAll();
    const requestKey = `${Date.now().toString(36).padStart(9, '0')}${'e'.repeat(20)}`;
    const { session } = await createSession({ db: api.db, temporal: api.temporal, config: api.config, dispatch: api.dispatch }, account.accountId, {
      clientId: 'crash',
      flow: 'SELFIE',
      language: 'en',
      expiryTime: 2,
      sessionLength: 600,
    }, requestKey);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    workers.start();
    await eventually(() => api.db.session.findUniqueOrThrow({ where: { id: session.id } }), (row) => row.status === 'EXPIRED', 60_000);
    expect(await ledgerOf(api, session.id)).toEqual(['RESERVE', 'RELEASE']);
  }, 120_000);
});
