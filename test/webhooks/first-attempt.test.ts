/**
 * The outbox path of webhook delivery: the first attempt is made by the dispatcher of the process that wrote the
 * event, without a workflow; only a failed first attempt becomes a webhookDeliveryWorkflow (from attempt 2, same
 * webhook-id, found in Temporal by its account); one slow endpoint cannot hold up another's first attempts; the
 * backlog of first attempts shows in /metrics and on the dashboard's webhooks page.
 */
import { WorkflowNotFoundError } from '@temporalio/client';
import type { ServerResponse } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { appendEvent } from '../../lib/events';
import { SEARCH_ATTRIBUTES, workflowIds } from '../../workflows/definitions';
import { signedInOperator } from '../support/dashboard';
import { call, createTestAccount, metricsText, startTestApi, type TestAccount, type TestApi } from '../support/harness';
import { eventually } from '../support/links';
import { startReceiver, type Receiver } from '../support/receivers';

/** First attempts in flight to one endpoint in the test API (a low bound, so the test sees it hold). */
const ENDPOINT_CONCURRENCY = 3;
let api: TestApi;
let account: TestAccount;
const receivers: Receiver[] = [];

beforeAll(async () => {
  // A long timeout: a held first attempt stays in flight until the test releases it, however busy the machine.
  api = await startTestApi({ WEBHOOK_ENDPOINT_CONCURRENCY: String(ENDPOINT_CONCURRENCY), WEBHOOK_TIMEOUT_SECONDS: '30' });
  account = await createTestAccount(api.db, 50);
});
afterAll(async () => {
  await api.close();
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

async function endpointFor(receiver: Receiver): Promise<{ id: string; secret: string }> {
  receivers.push(receiver);
  const created = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: receiver.url } });
  expect(created.status).toBe(201);
  return created.json;
}

async function sendTest(endpointId: string): Promise<{ eventId: string; deliveryId: string }> {
  const sent = await call(api.baseUrl, 'POST', `/api/v1/webhook-endpoints/${endpointId}/test`, { auth: account.auth });
  expect(sent.status).toBe(202);
  return sent.json;
}

const delivered = (deliveryIds: string[]) => () => api.db.delivery.count({ where: { id: { in: deliveryIds }, status: 'DELIVERED' } });

test('a delivery answered 2xx at once is recorded as attempt 1 and starts no workflow', async () => {
  const receiver = await startReceiver();
  const endpoint = await endpointFor(receiver);
  const { eventId, deliveryId } = await sendTest(endpoint.id);
  await eventually(delivered([deliveryId]), (count) => count === 1);
  const delivery = await api.db.delivery.findUniqueOrThrow({ where: { id: deliveryId }, include: { attempts: true } });
  expect(delivery).toMatchObject({ status: 'DELIVERED', firstAttemptPending: false, claimedUntil: null });
  expect(delivery.attempts.map((attempt) => [attempt.series, attempt.number, attempt.httpStatus])).toEqual([[1, 1, 204]]);
  expect(receiver.requests.map((request) => request.headers['webhook-id'])).toEqual([eventId]);
  await expect(api.temporal.workflow.getHandle(workflowIds.webhookDelivery(eventId, endpoint.id, 1)).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
});

test('a receiver failing the first attempts gets every delivery through the retry workflow, with one webhook-id each', async () => {
  const receiver = await startReceiver();
  const seen = new Map<string, number>();
  receiver.answer((request, response) => {
    const id = request.headers['webhook-id']!;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    response.writeHead(seen.get(id)! <= 2 ? 503 : 200).end();
  });
  const endpoint = await endpointFor(receiver);
  const sent = [await sendTest(endpoint.id), await sendTest(endpoint.id), await sendTest(endpoint.id)];
  await eventually(delivered(sent.map((one) => one.deliveryId)), (count) => count === sent.length, 60_000);

  for (const { eventId, deliveryId } of sent) {
    const attempts = await api.db.deliveryAttempt.findMany({ where: { deliveryId }, orderBy: { number: 'asc' } });
    expect(attempts.map((attempt) => [attempt.series, attempt.number, attempt.httpStatus])).toEqual([
      [1, 1, 503],
      [1, 2, 503],
      [1, 3, 200],
    ]);
    const requests = receiver.requests.filter((request) => request.headers['webhook-id'] === eventId);
    expect(requests).toHaveLength(3);
    for (const request of requests) expect((new Webhook(endpoint.secret).verify(request.body, request.headers) as { id: string }).id).toBe(eventId);
    // Attempts 2 and 3 were the workflow's; it carries the account, so the dashboard's "every workflow" link finds it.
    const workflow = await api.temporal.workflow.getHandle(workflowIds.webhookDelivery(eventId, endpoint.id, 1)).describe();
    expect(workflow.status.name).toBe('COMPLETED');
    expect(workflow.typedSearchAttributes.get(SEARCH_ATTRIBUTES.AccountId)).toBe(account.accountId);
    expect(workflow.typedSearchAttributes.get(SEARCH_ATTRIBUTES.EndpointId)).toBe(endpoint.id);
    expect(workflow.typedSearchAttributes.get(SEARCH_ATTRIBUTES.DeliveryStatus)).toBe('DELIVERED');
  }
  expect(receiver.requests).toHaveLength(9);
}, 90_000);

const backlogMetric = async () => Number(/^magiclink_webhook_first_attempts_pending (\d+)$/m.exec(await metricsText(api))?.[1]);

test('a slow endpoint holds at most its own first attempts; another endpoint is delivered meanwhile; the backlog shows', async () => {
  // The slow receiver keeps every answer until released, and counts the first attempts open at once.
  const slow = await startReceiver();
  const held: ServerResponse[] = [];
  const firstSeen = new Set<string>();
  let openFirsts = 0;
  let peakOpenFirsts = 0;
  let release = false;
  slow.answer((request, response) => {
    const id = request.headers['webhook-id']!;
    if (release) return void response.writeHead(204).end();
    if (!firstSeen.has(id)) {
      firstSeen.add(id);
      openFirsts += 1;
      peakOpenFirsts = Math.max(peakOpenFirsts, openFirsts);
      response.once('close', () => (openFirsts -= 1));
    }
    held.push(response);
  });
  const fast = await startReceiver();
  const slowEndpoint = await endpointFor(slow);
  const fastEndpoint = await endpointFor(fast);

  const slowSent = await Promise.all(Array.from({ length: 3 * ENDPOINT_CONCURRENCY }, () => sendTest(slowEndpoint.id)));
  await eventually(() => Promise.resolve(openFirsts), (open) => open === ENDPOINT_CONCURRENCY);
  const fastSent = await sendTest(fastEndpoint.id);
  await eventually(delivered([fastSent.deliveryId]), (count) => count === 1);
  const slowDeliveredMeanwhile = await delivered(slowSent.map((one) => one.deliveryId))();
  // The held and queued first attempts are the backlog.
  const backlogWhileHeld = await backlogMetric();
  const operator = await signedInOperator(api, account.accountId);
  const page = await (await operator.get('/dashboard/webhooks')).text();
  const shownWhileHeld = Number(/data-testid="first-attempt-backlog">(\d+) deliver/.exec(page)?.[1]);

  release = true;
  for (const response of held) if (!response.writableEnded) response.writeHead(204).end();
  await eventually(delivered(slowSent.map((one) => one.deliveryId)), (count) => count === slowSent.length, 60_000);
  expect(slowDeliveredMeanwhile).toBe(0);
  expect(backlogWhileHeld).toBe(slowSent.length);
  expect(shownWhileHeld).toBe(slowSent.length);
  expect(await backlogMetric()).toBe(0);
  expect(await (await operator.get('/dashboard/webhooks')).text()).toContain('No delivery waits for its first attempt.');
  expect(peakOpenFirsts).toBe(ENDPOINT_CONCURRENCY);
  expect(new Set(slow.requests.map((request) => request.headers['webhook-id']))).toEqual(new Set(slowSent.map((one) => one.eventId)));
}, 90_000);

test('a round of events whose deliveries exceed what one statement can bind: every delivery made once, every event dispatched and delivered to every endpoint', async () => {
  // 200 events (a sweeper's or a session starter's round) × 56 endpoints = 11,200 deliveries: 6 parameters each,
  // more than PostgreSQL's 65,535 per statement. In one statement, the dispatch (and every sweep after it) failed.
  const ENDPOINTS = 56;
  const crowded = await createTestAccount(api.db, 10);
  const receiver = await startReceiver();
  receivers.push(receiver);
  for (let n = 0; n < ENDPOINTS; n += 1) {
    const created = await call(api.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: crowded.auth, body: { url: receiver.url, events: ['link.created'] } });
    expect(created.status).toBe(201);
  }
  // The events written without their dispatch, then dispatched as one round.
  const linkIds = Array.from({ length: 200 }, (_, n) => `lnk_crowded_${n}`);
  const eventIds = await api.db.$transaction(async (tx) => {
    const appended = [];
    for (const linkId of linkIds) {
      appended.push(await appendEvent(tx, { accountId: crowded.accountId, entityType: 'LINK', entityId: linkId, type: 'link.created', data: { linkId }, occurredAt: new Date() }));
    }
    return appended.map((event) => event.id);
  });
  await api.dispatch.entities(linkIds);

  const deliveries = linkIds.length * ENDPOINTS;
  expect(await api.db.delivery.count({ where: { eventId: { in: eventIds } } })).toBe(deliveries);
  expect(await api.db.event.count({ where: { id: { in: eventIds }, dispatchedAt: null } })).toBe(0);
  await eventually(() => api.db.delivery.count({ where: { eventId: { in: eventIds }, status: 'DELIVERED' } }), (count) => count === deliveries, 240_000);
  // Each event reached all its endpoints, at least once: on a busy machine an answer that comes after the timeout
  // fails the attempt, and its delivery workflow sends it again under the same webhook-id.
  const arrivals = new Map<string, number>();
  for (const request of receiver.requests) arrivals.set(request.headers['webhook-id']!, (arrivals.get(request.headers['webhook-id']!) ?? 0) + 1);
  expect([...arrivals.keys()].sort()).toEqual([...eventIds].sort());
  expect([...arrivals.values()].every((count) => count >= ENDPOINTS)).toBe(true);
}, 300_000);

test('first attempts queued behind their endpoint longer than a claim keep it: none is handed to a workflow, each sent once', async () => {
  // A claim lasts the HTTP timeout + 10 s (13 s here); 40 answers of 500 ms one at a time hold the last for 20 s.
  const queuedApi = await startTestApi({ WEBHOOK_ENDPOINT_CONCURRENCY: '1', WEBHOOK_TIMEOUT_SECONDS: '3' });
  try {
    const receiver = await startReceiver();
    receivers.push(receiver);
    receiver.answer((_request, response) => void setTimeout(() => response.writeHead(204).end(), 500));
    const endpoint = await call(queuedApi.baseUrl, 'POST', '/api/v1/webhook-endpoints', { auth: account.auth, body: { url: receiver.url } });
    expect(endpoint.status).toBe(201);
    const began = Date.now();
    const sent = await Promise.all(Array.from({ length: 40 }, () => call(queuedApi.baseUrl, 'POST', `/api/v1/webhook-endpoints/${endpoint.json.id}/test`, { auth: account.auth })));
    expect(sent.map((response) => response.status)).toEqual(sent.map(() => 202));
    const deliveryIds = sent.map((response) => response.json.deliveryId as string);
    await eventually(delivered(deliveryIds), (count) => count === deliveryIds.length, 120_000);
    // The queue outlasted a claim: without renewal the sweeper would have taken the later ones as lost.
    expect(Date.now() - began).toBeGreaterThan(13_000);

    const attempts = await api.db.deliveryAttempt.findMany({ where: { deliveryId: { in: deliveryIds } } });
    expect(attempts.map((attempt) => [attempt.series, attempt.number, attempt.httpStatus])).toEqual(deliveryIds.map(() => [1, 1, 204]));
    const handedOver = await api.db.delivery.count({ where: { id: { in: deliveryIds }, OR: [{ firstAttemptPending: true }, { claimedUntil: { not: null } }] } });
    expect(handedOver).toBe(0);
    for (const { json } of sent) {
      await expect(api.temporal.workflow.getHandle(workflowIds.webhookDelivery(json.eventId, endpoint.json.id, 1)).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    }
    expect(receiver.requests.map((request) => request.headers['webhook-id']).sort()).toEqual(sent.map((response) => response.json.eventId).sort());
  } finally {
    await queuedApi.close();
  }
}, 150_000);
