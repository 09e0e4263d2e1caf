/**
 * Chaos: the worker process is killed (SIGKILL) in the middle of a burst of clicks on two links at once — one with
 * 40 uses and far more clicks than that, one unlimited — and a new worker is started. The limited link ends with
 * exactly 40 uses, every use is one session with its workflow, one reservation and one `session.created` event. Then
 * the same under a steady stream of clicks on a MULTI link, several per `claimUses` update: the counts stay exact.
 */
import { getStateQuery, workflowIds } from '../../workflows/definitions';
import { createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { click, clickMany, countBy, createLink, eventually, type ClickResult, type CreatedLink } from '../support/links';
import { workerProcesses } from '../support/worker';

const TASK_QUEUE = 'chaos-worker-killed';
const STARTING_CREDITS = 10_000;
const MAX_USES = 40;
let api: TestApi;
let account: TestAccount;
const workers = workerProcesses(TASK_QUEUE);

beforeAll(async () => {
  api = await startTestApi({ TEMPORAL_TASK_QUEUE: TASK_QUEUE });
  account = await createTestAccount(api.db, STARTING_CREDITS);
});
afterAll(async () => {
  await workers.killAll();
  await api.close();
});

const sessionIdsOf = async (link: CreatedLink) =>
  (await api.db.session.findMany({ where: { linkId: link.id }, select: { id: true } })).map((session) => session.id);

/** A click refused with 503 timed out waiting for the worker: it may still be applied later. Wait until none moves. */
async function settledSessionIds(link: CreatedLink): Promise<string[]> {
  let previous = await sessionIdsOf(link);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const now = await sessionIdsOf(link);
    if (now.length === previous.length) return now;
    previous = now;
  }
}

/** Answered clicks: each 303 names a distinct session that exists; a session nobody was told of came from a 503. */
function expectAnswersMatch(results: ClickResult[], sessionIds: string[]): void {
  const answered = results.filter((result) => result.status === 303).map((result) => result.json.sessionId as string);
  expect(new Set(answered).size).toBe(answered.length);
  const existing = new Set(sessionIds);
  expect(answered.filter((id) => !existing.has(id))).toEqual([]);
  const timedOut = results.filter((result) => result.status === 503).length;
  expect(sessionIds.length - answered.length).toBeLessThanOrEqual(timedOut);
}

test('killing the worker mid-burst: the limited link ends with exactly its uses, nothing lost or doubled', async () => {
  workers.start();
  const limited = await createLink(api, account, { usage: { type: 'MULTI', maxUses: MAX_USES } });
  const unlimited = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
  const limitedBurst = clickMany(api.baseUrl, limited.slug, 100);
  const unlimitedBurst = clickMany(api.baseUrl, unlimited.slug, 60);

  await eventually(async () => (await sessionIdsOf(limited)).length, (count) => count >= 5, 60_000);
  await workers.killAll();
  const limitedAtCrash = (await sessionIdsOf(limited)).length;
  workers.start();
  const [limitedResults, unlimitedResults] = await Promise.all([limitedBurst, unlimitedBurst]);
  process.stdout.write(
    `killed at ${limitedAtCrash} of ${MAX_USES} uses; limited link answered ${JSON.stringify(countBy(limitedResults, (r) => r.status))}, unlimited ${JSON.stringify(countBy(unlimitedResults, (r) => r.status))}\n`,
  );

  // 303 (a session), 410 (no uses left) or 503 (timed out waiting for the worker): never a 500.
  expect(Object.keys(countBy(limitedResults, (r) => r.status)).every((status) => ['303', '410', '503'].includes(status))).toBe(true);
  expect(Object.keys(countBy(unlimitedResults, (r) => r.status)).every((status) => ['303', '503'].includes(status))).toBe(true);
  for (const refused of limitedResults.filter((r) => r.status === 410)) expect(refused.json.error.code).toBe('LINK_EXHAUSTED');
  expect(limitedAtCrash).toBeLessThan(MAX_USES);

  // Clicks that timed out may not have been applied: click on until the link says it is used up.
  const extraClicks: ClickResult[] = [];
  while (!extraClicks.some((r) => r.status === 410)) {
    extraClicks.push(await click(api.baseUrl, limited.slug));
    expect(extraClicks.length).toBeLessThanOrEqual(MAX_USES);
  }
  expect(extraClicks.every((r) => r.status === 303 || r.status === 410)).toBe(true);

  const limitedSessions = await settledSessionIds(limited);
  const unlimitedSessions = await settledSessionIds(unlimited);
  expect(limitedSessions.length).toBe(MAX_USES);
  expectAnswersMatch([...limitedResults, ...extraClicks], limitedSessions);
  expectAnswersMatch(unlimitedResults, unlimitedSessions);
  if (!limitedResults.some((r) => r.status === 503)) {
    expect(limitedResults.filter((r) => r.status === 303).length + extraClicks.filter((r) => r.status === 303).length).toBe(MAX_USES);
  }

  const limitedRow = await eventually(() => api.db.link.findUniqueOrThrow({ where: { id: limited.id } }), (row) => row.status === 'EXHAUSTED');
  expect(limitedRow.usesConsumed).toBe(MAX_USES);
  expect((await api.db.link.findUniqueOrThrow({ where: { id: unlimited.id } })).usesConsumed).toBe(unlimitedSessions.length);

  const allSessions = [...limitedSessions, ...unlimitedSessions];
  const ledger = await api.db.creditLedgerEntry.findMany({ where: { accountId: account.accountId, sessionId: { not: null } }, select: { sessionId: true, type: true } });
  expect(ledger.every((entry) => entry.type === 'RESERVE')).toBe(true);
  expect(ledger.map((entry) => entry.sessionId).sort()).toEqual([...allSessions].sort());
  const accountRow = await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } });
  expect({ balance: accountRow.creditBalance, reserved: accountRow.creditReserved }).toEqual({ balance: STARTING_CREDITS, reserved: allSessions.length });

  const created = await api.db.event.findMany({ where: { accountId: account.accountId, type: 'session.created' }, select: { entityId: true } });
  expect(created.map((event) => event.entityId).sort()).toEqual([...allSessions].sort());
  for (const sessionId of allSessions) {
    const described = await api.temporal.workflow.getHandle(workflowIds.verificationSession(sessionId)).describe();
    expect(described.status.name).toBe('RUNNING');
  }
}, 240_000);

test('killing the worker mid-burst of batched MULTI clicks: uses, sessions and reservations stay exact, every session gets its workflow', async () => {
  await workers.killAll();
  workers.start();
  const link = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 100_000 } });
  const reservedBefore = (await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } })).creditReserved;
  // 30 clients clicking one after another: batches are in flight whenever the worker dies.
  let stop = false;
  const stream = async (): Promise<ClickResult[]> => {
    const results: ClickResult[] = [];
    while (!stop) results.push(await click(api.baseUrl, link.slug));
    return results;
  };
  const clients = Promise.all(Array.from({ length: 30 }, stream)).then((all) => all.flat());

  await eventually(async () => (await sessionIdsOf(link)).length, (count) => count >= 30, 60_000);
  await workers.killAll();
  const atCrash = (await sessionIdsOf(link)).length;
  workers.start();
  await eventually(async () => (await sessionIdsOf(link)).length, (count) => count >= atCrash + 60, 90_000);
  stop = true;
  const results = await clients;
  process.stdout.write(`MULTI stream: killed at ${atCrash} uses; answered ${JSON.stringify(countBy(results, (r) => r.status))}\n`);
  expect(Object.keys(countBy(results, (r) => r.status)).every((status) => ['303', '503'].includes(status))).toBe(true);

  const sessions = await settledSessionIds(link);
  expectAnswersMatch(results, sessions);
  // The workflow's count, the row's count, the sessions and the reservations agree exactly.
  const state = await api.temporal.workflow.getHandle(workflowIds.magicLink(link.id)).query(getStateQuery);
  expect(state.usesConsumed).toBe(sessions.length);
  expect((await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).usesConsumed).toBe(sessions.length);
  const reserves = await api.db.creditLedgerEntry.count({ where: { type: 'RESERVE', sessionId: { in: sessions } } });
  expect(reserves).toBe(sessions.length);
  const accountRow = await api.db.account.findUniqueOrThrow({ where: { id: account.accountId } });
  expect(accountRow.creditReserved - reservedBefore).toBe(sessions.length);
  // Starts lost with the killed worker are made by the event sweeper.
  for (const sessionId of sessions) {
    const described = await eventually(
      () => api.temporal.workflow.getHandle(workflowIds.verificationSession(sessionId)).describe().catch(() => null),
      (description) => description !== null,
      60_000,
    );
    expect(described?.status.name).toBe('RUNNING');
  }
}, 300_000);
