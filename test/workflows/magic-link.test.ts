/**
 * magicLinkWorkflow under load, through the real API, Temporal server, worker and PostgreSQL: exact usage under
 * concurrency, UNLIMITED clicks counted without the workflow, credits that never go negative, expiry and deactivation,
 * a session whose workflow start was lost.
 */
import type { Client } from '@temporalio/client';
import { requireKeyring } from '../../lib/config';
import { newId } from '../../lib/ids';
import { sha256Hex } from '../../lib/secrets';
import { sessionTokenFor } from '../../lib/session-tokens';
import { linkSession } from '../../services/sessions/create-link-session';
import { reserveSession } from '../../services/sessions/reserve-session';
import { createSessionStarter } from '../../services/sessions/session-starter';
import { WORKFLOW_TYPES, workflowIds } from '../../workflows/definitions';
import { call, createTestAccount, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { click, clickMany, countBy, createLink, eventually } from '../support/links';

let api: TestApi;
let account: TestAccount;

beforeAll(async () => {
  api = await startTestApi({ LINK_CONTINUE_AS_NEW_AFTER: '50' });
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  account = await createTestAccount(api.db, 10_000);
});

async function ledgerCount(type: 'RESERVE' | 'RELEASE' | 'CHARGE') {
  return api.db.creditLedgerEntry.count({ where: { accountId: account.accountId, type } });
}

async function linkEvents(linkId: string) {
  return api.db.event.findMany({ where: { entityId: linkId }, orderBy: { sequence: 'asc' }, select: { type: true, sequence: true } });
}

test('MULTI with 25 uses and 200 concurrent clicks: exactly 25 sessions, 175 × 410 LINK_EXHAUSTED, no 5xx', async () => {
  const link = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 25 } });
  const results = await clickMany(api.baseUrl, link.slug, 200);
  expect(countBy(results, (r) => r.status)).toEqual({ 303: 25, 410: 175 });
  for (const refused of results.filter((r) => r.status === 410)) expect(refused.json.error.code).toBe('LINK_EXHAUSTED');
  const sessionIds = results.filter((r) => r.status === 303).map((r) => r.json.sessionId as string);
  expect(new Set(sessionIds).size).toBe(25);

  expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(25);
  expect(await ledgerCount('RESERVE')).toBe(25);
  const account_ = await call(api.baseUrl, 'GET', '/api/v1/account', { auth: account.auth });
  expect(account_.json.credits).toEqual({ balance: 10_000, reserved: 25, available: 9_975 });

  const final = await eventually(
    () => call(api.baseUrl, 'GET', `/api/v1/links/${link.id}`, { auth: account.auth }),
    (r) => r.json.status === 'EXHAUSTED',
  );
  expect(final.json).toMatchObject({ usesConsumed: 25, usesRemaining: 0 });
  await eventually(() => linkEvents(link.id), (events) => events.length === 2);
  expect(await linkEvents(link.id)).toEqual([
    { type: 'link.created', sequence: 1 },
    { type: 'link.exhausted', sequence: 2 },
  ]);
  // A click after the workflow finished is still a clean 410.
  expect((await click(api.baseUrl, link.slug)).status).toBe(410);
});

test('SINGLE with 50 concurrent clicks: exactly one session', async () => {
  const link = await createLink(api, account, { usage: { type: 'SINGLE' } });
  const results = await clickMany(api.baseUrl, link.slug, 50);
  expect(countBy(results, (r) => r.status)).toEqual({ 303: 1, 410: 49 });
  expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(1);
});

test('UNLIMITED: 500 concurrent clicks counted in the API without the link workflow, each session started off the path', async () => {
  const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
  const results: Awaited<ReturnType<typeof click>>[] = [];
  for (let wave = 0; wave < 5; wave += 1) results.push(...(await clickMany(api.baseUrl, link.slug, 100)));
  expect(countBy(results, (r) => r.status)).toEqual({ 303: 500 });
  const sessionIds = results.map((r) => r.json.sessionId as string);
  expect(new Set(sessionIds).size).toBe(500);
  expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(500);
  expect(await ledgerCount('RESERVE')).toBe(500);
  const view = await call(api.baseUrl, 'GET', `/api/v1/links/${link.id}`, { auth: account.auth });
  expect(view.json).toMatchObject({ usesConsumed: 500, usesRemaining: null, status: 'ACTIVE' });

  // The clicks never went through the link workflow: one run, no claims in its history.
  const linkHandle = api.temporal.workflow.getHandle(workflowIds.magicLink(link.id));
  const runs: string[] = [];
  for await (const execution of api.temporal.workflow.list({ query: `WorkflowId = "${workflowIds.magicLink(link.id)}"` })) runs.push(execution.status.name);
  expect(runs).toEqual(['RUNNING']);
  const history = await linkHandle.fetchHistory();
  const updates = (history.events ?? []).map((event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name);
  expect(updates.filter((name) => name === 'claimUse')).toEqual([]);
  expect(updates).toContain('awaitCreation');

  // Every session's workflow exists, started after its click answered.
  for (const sessionId of sessionIds) {
    const described = await eventually(
      () => api.temporal.workflow.getHandle(workflowIds.verificationSession(sessionId)).describe().catch(() => null),
      (description) => description !== null,
    );
    expect(described?.status.name).toBe('RUNNING');
  }

  // The link workflow learns the count from the row when it records the link's end.
  expect((await call(api.baseUrl, 'POST', `/api/v1/links/${link.id}/deactivate`, { auth: account.auth })).json.status).toBe('DEACTIVATED');
  const ended = await eventually(
    () => api.db.event.findFirst({ where: { entityId: link.id, type: 'link.deactivated' } }),
    (event) => event !== null,
  );
  expect(ended?.payload).toMatchObject({ usesConsumed: 500 });
  expect(await linkHandle.result()).toMatchObject({ status: 'DEACTIVATED', usesConsumed: 500 });
}, 180_000);

test('UNLIMITED expiry: a click after expiresAt is refused at once, before and after the workflow records it', async () => {
  const expiresAt = new Date(Date.now() + 3_000);
  const link = await createLink(api, account, { usage: { type: 'UNLIMITED' }, expiresAt: expiresAt.toISOString() });
  expect((await click(api.baseUrl, link.slug)).status).toBe(303);
  await eventually(() => Promise.resolve(Date.now()), (now) => now > expiresAt.getTime() + 50, 10_000);
  const justAfter = await click(api.baseUrl, link.slug);
  expect(justAfter.status).toBe(410);
  expect(justAfter.json.error.code).toBe('LINK_EXPIRED');
  await eventually(() => linkEvents(link.id), (events) => events.some((e) => e.type === 'link.expired'), 15_000);
  expect((await click(api.baseUrl, link.slug)).json.error.code).toBe('LINK_EXPIRED');
  expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(1);
  const ended = await api.db.event.findFirstOrThrow({ where: { entityId: link.id, type: 'link.expired' } });
  expect(ended.payload).toMatchObject({ usesConsumed: 1 });
});

test('a click whose workflow start was lost (crash after the commit): the hosted page starts it, the sweeper starts the rest', async () => {
  const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
  const row = await api.db.link.findUniqueOrThrow({ where: { id: link.id } });
  // A process that dies between the session's commit and its workflow's start.
  const crashing = { workflow: { start: () => Promise.reject(new Error('process died before the start')) } } as unknown as Client;
  const deps = { db: api.db, dispatch: api.dispatch, temporal: crashing, taskQueue: api.config.temporal.taskQueue, sessionSettings: api.config.sessions };
  const orphan = async () => {
    const sessionId = newId('session');
    const token = sessionTokenFor(requireKeyring(api.config), sessionId);
    const reservation = await reserveSession(deps, linkSession(row, { sessionId, tokenHash: sha256Hex(token) }, api.config.sessions, new Date()), {
      requireOpenLink: true,
      startLater: createSessionStarter(deps, 1),
    });
    expect(reservation.kind).toBe('created');
    if (reservation.kind === 'created') await expect(reservation.started).rejects.toThrow('process died');
    return { sessionId, token };
  };
  const [opened, unopened] = [await orphan(), await orphan()];

  // The person is faster than any starter: the hosted page's signal-with-start creates the workflow.
  const started = await call(api.baseUrl, 'POST', `/v/${opened.token}/start`);
  expect(started.status).toBe(200);
  expect((await api.db.session.findUniqueOrThrow({ where: { id: opened.sessionId } })).startedAt).not.toBeNull();
  // Nobody opens the other one: the event sweeper finds its undispatched session.created and starts the workflow.
  const described = await eventually(
    () => api.temporal.workflow.getHandle(workflowIds.verificationSession(unopened.sessionId)).describe().catch(() => null),
    (description) => description !== null,
  );
  expect(described?.status.name).toBe('RUNNING');
  await eventually(
    () => api.db.event.findFirst({ where: { entityId: unopened.sessionId, type: 'session.created' } }),
    (event) => event?.dispatchedAt != null,
  );
  expect((await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).usesConsumed).toBe(2);
});

test('an account with 3 available credits: 10 concurrent clicks give exactly 3 sessions, the rest 503', async () => {
  const poor = await createTestAccount(api.db, 3);
  const link = await createLink(api, poor, { usage: { type: 'UNLIMITED' } });
  const results = await clickMany(api.baseUrl, link.slug, 10);
  expect(countBy(results, (r) => r.status)).toEqual({ 303: 3, 503: 7 });
  for (const refused of results.filter((r) => r.status === 503)) expect(refused.json.error.code).toBe('ACCOUNT_UNAVAILABLE');
  expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(3);
  const credits = (await call(api.baseUrl, 'GET', '/api/v1/account', { auth: poor.auth })).json.credits;
  expect(credits).toEqual({ balance: 3, reserved: 3, available: 0 });
  const view = await call(api.baseUrl, 'GET', `/api/v1/links/${link.id}`, { auth: poor.auth });
  expect(view.json.usesConsumed).toBe(3);
});

test('deactivation during a burst: nothing after it is accepted, and the counts add up', async () => {
  const link = await createLink(api, account, { usage: { type: 'UNLIMITED' } });
  const burst = clickMany(api.baseUrl, link.slug, 150);
  await eventually(() => api.db.link.findUniqueOrThrow({ where: { id: link.id } }), (row) => row.usesConsumed >= 20);
  const deactivated = await call(api.baseUrl, 'POST', `/api/v1/links/${link.id}/deactivate`, { auth: account.auth });
  expect(deactivated.status).toBe(200);
  expect(deactivated.json.status).toBe('DEACTIVATED');
  const after = await clickMany(api.baseUrl, link.slug, 20);
  expect(countBy(after, (r) => r.status)).toEqual({ 410: 20 });
  for (const refused of after) expect(refused.json.error.code).toBe('LINK_DEACTIVATED');

  const results = await burst;
  const accepted = results.filter((r) => r.status === 303).length;
  expect(results.every((r) => r.status === 303 || r.status === 410)).toBe(true);
  expect(await api.db.session.count({ where: { linkId: link.id } })).toBe(accepted);
  expect((await api.db.link.findUniqueOrThrow({ where: { id: link.id } })).usesConsumed).toBe(accepted);
  expect(await ledgerCount('RESERVE')).toBe(accepted);
  // Idempotent and permanent.
  const again = await call(api.baseUrl, 'POST', `/api/v1/links/${link.id}/deactivate`, { auth: account.auth });
  expect(again.json.status).toBe('DEACTIVATED');
  await eventually(() => linkEvents(link.id), (events) => events.some((e) => e.type === 'link.deactivated'));
});

test('expiry is a durable timer: a click after expiresAt is 410, earlier sessions are unaffected, one link.expired event', async () => {
  const expiresAt = new Date(Date.now() + 4_000).toISOString();
  const link = await createLink(api, account, { usage: { type: 'MULTI', maxUses: 10 }, expiresAt });
  const before = await click(api.baseUrl, link.slug);
  expect(before.status).toBe(303);
  await eventually(() => linkEvents(link.id), (events) => events.some((e) => e.type === 'link.expired'), 15_000);
  const after = await click(api.baseUrl, link.slug);
  expect(after.status).toBe(410);
  expect(after.json.error.code).toBe('LINK_EXPIRED');
  expect((await linkEvents(link.id)).filter((e) => e.type === 'link.expired')).toHaveLength(1);
  const session = await api.db.session.findUniqueOrThrow({ where: { id: before.json.sessionId } });
  expect(session.status).toBe('ACTIVE');
  // The workflow completes once the activity that logged the event has also handed it to webhook delivery.
  const described = await eventually(
    () => api.temporal.workflow.getHandle(workflowIds.magicLink(link.id)).describe(),
    (description) => description.status.name === 'COMPLETED',
  );
  expect(described.type).toBe(WORKFLOW_TYPES.magicLink);
});
