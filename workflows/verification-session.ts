import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { CheckActivities, MessageActivities, SessionRecordActivities } from '../activities';
import type { EngineActivities } from '../activities/checks/read-submission';
import {
  checksTaskQueueFor,
  SEARCH_ATTRIBUTES,
  attachDocumentUpdate,
  cancelSignal,
  deleteDataSignal,
  getStatusQuery,
  sendSignal,
  reviewUpdate,
  startUpdate,
  submitUpdate,
  wakeSignal,
  type AttachDocumentInput,
  type ReviewInput,
  type SessionStatus,
  type SubmitInput,
  type VerificationSessionInput,
} from './definitions';
import { SessionState, type Refusal } from './session-state';
import { check, collect, remind, retain, review, sendMessages } from './session-steps';

// Database writes: short, idempotent, retried until PostgreSQL is back. A short timeout: an attempt lost with its
// worker is retried on another one after at most this long.
const records = proxyActivities<SessionRecordActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

// Messages: a provider's temporary failure (429, 5xx) is retried here, honouring its Retry-After (the activity
// sets the next delay) until the activity itself gives up and records the failure; the provider's idempotency key
// makes a retry after an unclear outcome harmless.
const messages = proxyActivities<MessageActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes' },
});

// Checks judge the images and decide from what the engine read; database reads and a pure policy: short.
const checks = proxyActivities<CheckActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/**
 * The engine reads the document and compares faces on the checks workers' queue. A reading takes seconds (measured:
 * docs/verification.md); it heartbeats between images, so a worker killed mid-check is noticed within the heartbeat
 * timeout and the reading runs again on another. Bounded attempts: an image that breaks the engine every time goes
 * to a reviewer instead of retrying forever.
 */
function engineActivities() {
  return proxyActivities<EngineActivities>({
    taskQueue: checksTaskQueueFor(workflowInfo().taskQueue),
    startToCloseTimeout: '3 minutes',
    heartbeatTimeout: '45 seconds',
    retry: { initialInterval: '2 seconds', maximumInterval: '30 seconds', maximumAttempts: 4 },
  });
}

/**
 * One verification session (id `session:<ses_id>`), from creation to the purge of its data:
 * created → (person presses Start) started → submitted → checked → reviewing → final; or expired / cancelled.
 * Two clocks: `expiresAt` until the person starts, `sessionLength` from the start. Images and personal data never
 * pass through here: uploads arrive as metadata, reviews as the id of their database row.
 *
 * The state and its transitions are in session-state.ts, the steps in session-steps.ts; this wires the messages to
 * the state and runs the steps. Handlers are registered in this order on purpose: messages that arrived with the
 * first task are delivered as their handler is set.
 */
export async function verificationSessionWorkflow(input: VerificationSessionInput): Promise<SessionStatus> {
  const { sessionId } = input;
  const state = new SessionState(input, (status) => upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.SessionStatus, value: status }]));

  setHandler(wakeSignal, () => undefined);
  setHandler(getStatusQuery, () => state.progress());
  setHandler(cancelSignal, () => state.requestCancel());
  setHandler(deleteDataSignal, () => state.requestDeletion());
  setHandler(sendSignal, ({ channel }) => state.requestInvitation(channel));
  const sending = sendMessages(state, messages);
  const reminding = remind(state);

  setHandler(
    startUpdate,
    async () => {
      if (state.start(Date.now())) await records.recordSessionStarted({ sessionId, startedAt: new Date(state.startedAt!).toISOString() });
      return state.progress();
    },
    { validator: () => refuse(state.startRefusal(Date.now())) },
  );
  setHandler(
    attachDocumentUpdate,
    async (document) => {
      refuse(state.captureRefusal(Date.now()));
      await records.recordDocument({ sessionId, attempt: state.attempt, document });
      state.attach(document.kind);
      return state.progress();
    },
    { validator: (_document: AttachDocumentInput) => refuse(state.captureRefusal(Date.now())) },
  );
  setHandler(
    submitUpdate,
    (submitted) => {
      // Checked again in the handler: two submissions validated in one task must not both pass.
      refuse(state.submitRefusal(submitted, Date.now()));
      state.submit(submitted);
      return Promise.resolve(state.progress());
    },
    { validator: (submitted: SubmitInput) => refuse(state.submitRefusal(submitted, Date.now())) },
  );
  setHandler(
    reviewUpdate,
    async (decision) => {
      refuse(state.reviewRefusal());
      state.recordReview(decision);
      await condition(() => state.phase === 'FINISHED');
      return state.progress();
    },
    { validator: (_decision: ReviewInput) => refuse(state.reviewRefusal()) },
  );

  while (await collect(state, records)) {
    await check(state, records, checks, engineActivities);
    if (state.phase === 'REVIEWING') await review(state, records);
    if (state.final) break;
  }
  await Promise.all([sending, reminding]);
  await retain(state, records);
  await condition(allHandlersFinished);
  return state.status;
}

function refuse(refusal: Refusal | null): void {
  if (refusal) throw ApplicationFailure.nonRetryable(refusal.message, refusal.type, ...(refusal.missing ? [refusal.missing] : []));
}
