/**
 * The session starter behind a burst of clicks: how many workflow starts run at once, which sessions' events are
 * dispatched together, and what a failed start leaves for the event sweeper.
 */
import type { Client } from '@temporalio/client';
import type { SessionSettings } from '../../../lib/config';
import type { Dispatcher } from '../../../services/events/dispatch-events';
import { BURST_BACKLOG, createSessionStarter } from '../../../services/sessions/session-starter';
import type { SessionStartFields } from '../../../services/sessions/start-session-workflow';

const settings: SessionSettings = { verificationEngine: true, maxAttempts: 2, startsInFlight: 2, reviewEscalationSeconds: 60, retentionSeconds: 60 };

function session(id: string): SessionStartFields {
  return {
    id,
    accountId: 'acc_1',
    linkId: 'lnk_1',
    clientId: id,
    flow: 'DOCUMENT',
    expiresAt: new Date(Date.now() + 60_000),
    sessionLength: 600,
    maxAttempts: 2,
    reminderAt: null,
    reminderChannels: [],
  };
}

/**
 * A Temporal client whose starts answer when the test releases them, and a dispatcher that records its batches and
 * holds the first one until `releaseDispatch`, so what is started meanwhile queues for the next round.
 */
function controlledDeps() {
  const pending: { workflowId: string; release: () => void; fail: (error: Error) => void }[] = [];
  const temporal = {
    workflow: {
      start: (_type: string, options: { workflowId: string }) =>
        new Promise((resolve, reject) => pending.push({ workflowId: options.workflowId, release: () => resolve({}), fail: reject })),
    },
  } as unknown as Client;
  const dispatched: string[][] = [];
  let releaseDispatch = () => undefined as void;
  const firstHeld = new Promise<void>((resolve) => (releaseDispatch = resolve));
  const dispatch = {
    entities: async (ids: string[]) => {
      dispatched.push(ids);
      if (dispatched.length === 1) await firstHeld;
    },
    logger: { warn: () => undefined },
  } as unknown as Dispatcher;
  return { deps: { temporal, taskQueue: 'test', sessionSettings: settings, dispatch }, pending, dispatched, releaseDispatch: () => releaseDispatch() };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

test('at most `inFlight` starts run at once, in order; sessions started during a dispatch are dispatched together next', async () => {
  const { deps, pending, dispatched, releaseDispatch } = controlledDeps();
  const starter = createSessionStarter(deps, 2);
  const done = ['s1', 's2', 's3', 's4', 's5'].map((id) => starter.start(session(id)));
  await flush();
  expect(pending.map((start) => start.workflowId)).toEqual(['session:s1', 'session:s2']);

  pending[0]!.release();
  await flush();
  expect(dispatched).toEqual([['s1']]);
  expect(pending.map((start) => start.workflowId)).toEqual(['session:s1', 'session:s2', 'session:s3']);

  for (const start of pending.slice(1)) start.release();
  await flush();
  expect(pending).toHaveLength(5);
  for (const start of pending.slice(3)) start.release();
  await flush();
  releaseDispatch();
  await Promise.all(done);
  expect(dispatched).toEqual([['s1'], ['s2', 's3', 's4', 's5']]);
});

test('a failed start rejects its session and leaves it undispatched (the sweeper starts it); the others go on', async () => {
  const { deps, pending, dispatched, releaseDispatch } = controlledDeps();
  releaseDispatch();
  const starter = createSessionStarter(deps, 2);
  const lost = starter.start(session('lost'));
  const kept = starter.start(session('kept'));
  await flush();
  pending[0]!.fail(new Error('Temporal unavailable'));
  pending[1]!.release();
  await expect(lost).rejects.toThrow('Temporal unavailable');
  await kept;
  expect(dispatched.flat()).toEqual(['kept']);
});

test('while more than BURST_BACKLOG sessions wait, a quarter as many starts run at once; all of them again as the queue shortens', async () => {
  const { deps, pending, releaseDispatch } = controlledDeps();
  releaseDispatch();
  const starter = createSessionStarter(deps, 8);
  const ids = Array.from({ length: BURST_BACKLOG + 12 }, (_, index) => `s${index}`);
  const done = ids.map((id) => starter.start(session(id)));
  let released = 0;
  const releaseUpTo = async (count: number) => {
    for (const start of pending.slice(released, count)) start.release();
    released = count;
    await flush();
  };
  await flush();
  // The first 8 were admitted before the queue grew; 104 wait.
  expect(pending).toHaveLength(8);
  await releaseUpTo(8);
  expect(pending).toHaveLength(10);
  // Two more leave the queue and 100 wait: no longer a burst, so 8 run at once again.
  await releaseUpTo(10);
  expect(pending).toHaveLength(18);
  while (released < ids.length) await releaseUpTo(pending.length);
  await Promise.all(done);
  expect(pending.map((start) => start.workflowId)).toEqual(ids.map((id) => `session:${id}`));
});
