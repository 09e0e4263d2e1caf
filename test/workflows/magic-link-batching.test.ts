/**
 * A limited link's clicks claimed in batches (several claims per `claimUses` update), deactivation in the middle of
 * a burst of them, and an UNLIMITED link's count learned by its workflow while clicks happen — through the real API,
 * Temporal server, worker and PostgreSQL.
 */
import { deactivateSignal, getStateQuery, workflowIds } from '../../workflows/definitions';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { click, clickMany, countBy, createLink, eventually, type ClickResult } from '../support/links';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi({ LINK_CONTINUE_AS_NEW_AFTER: '20' });
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 100_000);
});

async function reserved(linkId: string) {
  return api.db.creditLedgerEntry.count({ where: { type: 'RESERVE', session: { linkId } } });
}

test.each([1, 2, 3])('MULTI deactivated in the middle of a click burst (round %i): every click 303 or 410, counts exact', async () => {
  const link = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 100_000 } });
  const burst = Promise.all([clickMany(api.baseUrl, link.slug, 150), clickMany(api.baseUrl, link.slug, 150)]).then((waves) => waves.flat());
  await eventually(() => api.db.link.findUniqueOrThrow({ where: { id: link.id } }), (row) => row.usesConsumed >= 10, 60_000);
  // Several operators at once: the workflow's closing task meets signals that arrived after it started (the
  // server then fails that task, and with it the updates riding on it).
  const handle = api.temporal.workflow.getHandle(workflowIds.magicLink(link.id));
  const signals = (async () => {
    for (let sent = 0; sent < 40; sent += 1) await handle.signal(deactivateSignal).catch(() => undefined);
  })();
  const deactivations = await Promise.all(Array.from({ length: 3 }, () => call(api.baseUrl, 'POST', `/api/v1/links/${link.id}/deactivate`, { auth: account.auth })));
  for (const deactivated of deactivations) {
    expect(deactivated.status).toBe(200);
    expect(deactivated.json.status).toBe('DEACTIVATED');
  }
  await signals;

  const results = await burst;
  const statuses = countBy(results, (r) => r.status);
  process.stdout.write(`deactivated mid-burst: ${JSON.stringify(statuses)}\n`);
  expect(Object.keys(statuses).every((status) => status === '303' || status === '410')).toBe(true);
  for (const refused of results.filter((r) => r.status === 410)) expect(refused.json.error.code).toBe('LINK_DEACTIVATED');
  const accepted = results.filter((r) => r.status === 303).map((r) => r.json.sessionId as string);
  expect(new Set(accepted).size).toBe(accepted.length);

  const sessions = await api.db.session.findMany({ where: { linkId: link.id }, select: { id: true } });
  expect(sessions.map((s) => s.id).sort()).toEqual([...accepted].sort());
  expect(await reserved(link.id)).toBe(accepted.length);
  const row = await eventually(() => api.db.link.findUniqueOrThrow({ where: { id: link.id } }), (r) => r.status === 'DEACTIVATED');
  expect(row.usesConsumed).toBe(accepted.length);
  const final = await api.temporal.workflow.getHandle(workflowIds.magicLink(link.id)).result();
  expect(final).toMatchObject({ status: 'DEACTIVATED', usesConsumed: accepted.length });
  expect((await click(api.baseUrl, link.slug)).status).toBe(410);
}, 180_000);

test('MULTI under a steady stream of clicks through several hand-overs, then deactivated: no click fails, counts exact', async () => {
  const link = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 100_000 } });
  // 40 clients clicking one after another until the link turns them away.
  const stream = async (): Promise<ClickResult[]> => {
    const results: ClickResult[] = [];
    while (!results.some((r) => r.status !== 303)) results.push(await click(api.baseUrl, link.slug));
    return results;
  };
  const clients = Promise.all(Array.from({ length: 40 }, stream)).then((all) => all.flat());
  // Long enough for several runs (continue-as-new after 20 updates), each hand-over met by clicks in flight.
  await eventually(() => api.db.link.findUniqueOrThrow({ where: { id: link.id } }), (row) => row.usesConsumed >= 400, 120_000);
  const deactivated = await call(api.baseUrl, 'POST', `/api/v1/links/${link.id}/deactivate`, { auth: account.auth });
  expect(deactivated.json.status).toBe('DEACTIVATED');
  const results = await clients;
  const statuses = countBy(results, (r) => r.status);
  process.stdout.write(`steady stream, deactivated: ${JSON.stringify(statuses)}\n`);
  expect(Object.keys(statuses).sort()).toEqual(['303', '410']);
  const accepted = results.filter((r) => r.status === 303).map((r) => r.json.sessionId as string);
  expect(new Set(accepted).size).toBe(accepted.length);
  expect((await api.db.session.findMany({ where: { linkId: link.id }, select: { id: true } })).map((s) => s.id).sort()).toEqual([...accepted].sort());
  expect(await reserved(link.id)).toBe(accepted.length);
  const final = await api.temporal.workflow.getHandle(workflowIds.magicLink(link.id)).result();
  expect(final).toMatchObject({ status: 'DEACTIVATED', usesConsumed: accepted.length });
  const runs: string[] = [];
  for await (const execution of api.temporal.workflow.list({ query: `WorkflowId = "${workflowIds.magicLink(link.id)}"` })) runs.push(execution.status.name);
  expect(runs.filter((name) => name === 'CONTINUED_AS_NEW').length).toBeGreaterThanOrEqual(1);
}, 240_000);

test('MULTI: concurrent clicks go out in batches (fewer updates than clicks), exactly maxUses granted', async () => {
  const link = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 120 } });
  const results = await clickMany(api.baseUrl, link.slug, 300);
  expect(countBy(results, (r) => r.status)).toEqual({ 303: 120, 410: 180 });
  for (const refused of results.filter((r) => r.status === 410)) expect(refused.json.error.code).toBe('LINK_EXHAUSTED');
  expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(120);
  expect(await reserved(link.id)).toBe(120);
  const handle = api.temporal.workflow.getHandle(workflowIds.magicLink(link.id));
  expect(await handle.result()).toMatchObject({ status: 'EXHAUSTED', usesConsumed: 120 });
  // Every run's accepted claimUses updates: together they carry the 120 claims, in fewer updates than that.
  let updates = 0;
  for await (const execution of api.temporal.workflow.list({ query: `WorkflowId = "${workflowIds.magicLink(link.id)}"` })) {
    const history = await api.temporal.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory();
    updates += (history.events ?? []).filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'claimUses').length;
  }
  process.stdout.write(`120 uses claimed in ${updates} updates\n`);
  expect(updates).toBeLessThan(120);
}, 120_000);

test('MULTI on an account with 3 credits: a burst of 10 gives exactly 3 sessions, the rest 503, and the link counts 3', async () => {
  const poor = await createTestAccount(api.db, 3);
  const link = await createLink(api, poor, { usage: { type: 'MULTI', maxUses: 20 } });
  const results = await clickMany(api.baseUrl, link.slug, 10);
  expect(countBy(results, (r) => r.status)).toEqual({ 303: 3, 503: 7 });
  for (const refused of results.filter((r) => r.status === 503)) expect(refused.json.error.code).toBe('ACCOUNT_UNAVAILABLE');
  expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(3);
  expect(await reserved(link.id)).toBe(3);
  expect((await call(api.baseUrl, 'GET', '/api/v1/account', { auth: poor.auth })).json.credits).toEqual({ balance: 3, reserved: 3, available: 0 });
  expect((await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).usesConsumed).toBe(3);
  const state = await api.temporal.workflow.getHandle(workflowIds.magicLink(link.id)).query(getStateQuery);
  expect(state).toMatchObject({ status: 'ACTIVE', usesConsumed: 3, usesRemaining: 17 });
});

test('UNLIMITED: the link workflow learns the count while clicks happen, and an idle link writes no history', async () => {
  const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
  const handle = api.temporal.workflow.getHandle(workflowIds.magicLink(link.id));
  const idleLength = (await handle.fetchHistory()).events?.length ?? 0;
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect((await handle.fetchHistory()).events?.length).toBe(idleLength);

  const results = await clickMany(api.baseUrl, link.slug, 60);
  expect(countBy(results, (r) => r.status)).toEqual({ 303: 60 });
  // Learned in batches: a few seconds after the last click, without the link ending.
  const state = await eventually(() => handle.query(getStateQuery), (s) => s.usesConsumed === 60, 15_000);
  expect(state).toMatchObject({ status: 'ACTIVE', usesConsumed: 60 });
  // Then the refreshing stops: the history stays as it is while nobody clicks.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const settled = (await handle.fetchHistory()).events?.length;
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  expect((await handle.fetchHistory()).events?.length).toBe(settled);

  expect((await click(api.baseUrl, link.slug)).status).toBe(303);
  await eventually(() => handle.query(getStateQuery), (s) => s.usesConsumed === 61, 15_000);
}, 120_000);
