import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { EngineActivities } from '../activities/checks/read-submission';
import {
  checksTaskQueueFor,
  SEARCH_ATTRIBUTES,
  SESSION_FAILURES,
  attachDocumentUpdate,
  cancelSignal,
  deleteDataSignal,
  getStatusQuery,
  sendSignal,
  requiredKinds,
  reviewUpdate,
  startUpdate,
  submitUpdate,
  wakeSignal,
  type AttachDocumentInput,
  type DocumentKind,
  type MessageChannel,
  type MessageKind,
  type ReviewInput,
  type SessionPhase,
  type SessionProgress,
  type SessionStatus,
  type SubmitInput,
  type VerificationSessionInput,
} from './definitions';

// Database writes: short, idempotent, retried until PostgreSQL is back. A short timeout: an attempt lost with its
// worker is retried on another one after at most this long.
const records = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

// Messages: a provider's temporary failure (429, 5xx) is retried here, honouring its Retry-After (the activity
// sets the next delay) until the activity itself gives up and records the failure; the provider's idempotency key
// makes a retry after an unclear outcome harmless.
const messages = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes' },
});

// Checks judge the images and decide from what the engine read; database reads and a pure policy: short.
const checks = proxyActivities<Activities>({
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
 */
export async function verificationSessionWorkflow(input: VerificationSessionInput): Promise<SessionStatus> {
  const { sessionId } = input;
  let phase: SessionPhase = 'CREATED';
  let status: SessionStatus = 'ACTIVE';
  let final = false;
  let startedAt: number | null = null;
  let attempt = 1;
  const uploaded = new Set<DocumentKind>();
  let retryReasons: string[] = [];
  let submission: SubmitInput | null = null;
  let review: ReviewInput | null = null;
  let cancelRequested = false;
  let deleteRequested = false;
  const outgoing: { channel: MessageChannel; kind: MessageKind }[] = [];
  let sendsMade = 0;

  const deadline = () => (startedAt === null ? null : startedAt + input.sessionLength * 1000);
  const progress = (): SessionProgress => ({
    sessionId,
    phase,
    status,
    final,
    startedAt: startedAt === null ? null : new Date(startedAt).toISOString(),
    deadline: startedAt === null ? null : new Date(deadline()!).toISOString(),
    attempt,
    maxAttempts: input.maxAttempts,
    uploaded: [...uploaded],
    retryReasons,
  });
  const setStatus = (next: SessionStatus) => {
    status = next;
    upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.SessionStatus, value: next }]);
  };
  const assertCapturing = () => {
    if (phase === 'CREATED') throw ApplicationFailure.nonRetryable('The session has not been started', SESSION_FAILURES.notStarted);
    if (phase !== 'STARTED' || submission !== null || cancelRequested) {
      throw ApplicationFailure.nonRetryable('The session no longer accepts uploads', SESSION_FAILURES.invalidState);
    }
    if (Date.now() >= deadline()!) throw ApplicationFailure.nonRetryable('The time for this session is up', SESSION_FAILURES.sessionExpired);
  };

  setHandler(wakeSignal, () => undefined);
  setHandler(getStatusQuery, progress);
  // Cancelling is possible until the person submits; afterwards the session is decided by checks and review.
  setHandler(cancelSignal, () => {
    if (phase === 'CREATED' || (phase === 'STARTED' && submission === null)) cancelRequested = true;
  });
  setHandler(deleteDataSignal, () => {
    deleteRequested = true;
  });
  // Sending makes sense while the person can still act on the link.
  const acceptsMessages = () => phase === 'CREATED' || (phase === 'STARTED' && submission === null && !cancelRequested);
  setHandler(sendSignal, ({ channel }) => {
    if (acceptsMessages()) outgoing.push({ channel, kind: 'INVITATION' });
  });

  // Messages go out one at a time, beside the main flow; each send has its own number, hence its idempotency key.
  const sender = (async () => {
    for (;;) {
      await condition(() => outgoing.length > 0 || phase === 'FINISHED' || phase === 'PURGED');
      const next = outgoing.shift();
      if (!next) return;
      sendsMade += 1;
      await messages.sendSessionMessage({ sessionId, channel: next.channel, kind: next.kind, sendNumber: sendsMade });
    }
  })();
  // The reminder: at `reminderAt`, if the person has not started (nor the session ended), once.
  const reminder = (async () => {
    if (!input.reminderAt) return;
    const settled = await condition(() => phase !== 'CREATED' || cancelRequested, Math.max(0, Date.parse(input.reminderAt) - Date.now()));
    if (!settled) for (const channel of input.reminderChannels) outgoing.push({ channel, kind: 'REMINDER' });
  })();

  setHandler(
    startUpdate,
    async () => {
      if (phase === 'CREATED') {
        phase = 'STARTED';
        startedAt = Date.now();
        await records.recordSessionStarted({ sessionId, startedAt: new Date(startedAt).toISOString() });
      }
      return progress();
    },
    {
      validator: () => {
        if (cancelRequested || (phase === 'CREATED' && Date.now() >= Date.parse(input.expiresAt))) {
          throw ApplicationFailure.nonRetryable('The session can no longer be started', SESSION_FAILURES.sessionExpired);
        }
      },
    },
  );

  setHandler(
    attachDocumentUpdate,
    async (document) => {
      assertCapturing();
      await records.recordDocument({ sessionId, attempt, document });
      uploaded.add(document.kind);
      return progress();
    },
    { validator: (_document: AttachDocumentInput) => assertCapturing() },
  );

  const assertSubmittable = ({ documentType }: SubmitInput) => {
    assertCapturing();
    if (input.flow !== 'SELFIE' && documentType === null) {
      throw ApplicationFailure.nonRetryable('Choose the type of document', SESSION_FAILURES.missingDocuments, []);
    }
    const missing = requiredKinds(input.flow, documentType).filter((kind) => !uploaded.has(kind));
    if (missing.length > 0) {
      throw ApplicationFailure.nonRetryable(`Missing images: ${missing.join(', ')}`, SESSION_FAILURES.missingDocuments, missing);
    }
  };
  setHandler(
    submitUpdate,
    (submitted) => {
      // Checked again in the handler: two submissions validated in one task must not both pass.
      assertSubmittable(submitted);
      submission = { documentType: input.flow === 'SELFIE' ? null : submitted.documentType };
      phase = 'CHECKING';
      return Promise.resolve(progress());
    },
    { validator: assertSubmittable },
  );

  const assertReviewable = () => {
    if (phase !== 'REVIEWING' || review !== null) {
      throw ApplicationFailure.nonRetryable('The session is not waiting for a review', SESSION_FAILURES.invalidState);
    }
  };
  setHandler(
    reviewUpdate,
    async (decision) => {
      assertReviewable();
      review = decision;
      await condition(() => phase === 'FINISHED');
      return progress();
    },
    { validator: (_decision: ReviewInput) => assertReviewable() },
  );

  const finish = (next: SessionStatus) => {
    setStatus(next);
    final = true;
    phase = 'FINISHED';
  };

  const verify = async (): Promise<void> => {
    for (;;) {
      await condition(() => submission !== null || cancelRequested, Math.max(0, deadline()! - Date.now()));
      if (submission === null) {
        if (cancelRequested) {
          await records.cancelSession({ sessionId, occurredAt: nowIso() });
          return finish('CANCELLED');
        }
        await records.expireSession({ sessionId, reason: 'TIMED_OUT', occurredAt: nowIso() });
        return finish('EXPIRED');
      }
      await records.recordSubmission({ sessionId, attempt, documentType: submission.documentType, occurredAt: nowIso() });
      if (input.verificationEngine && patched('verification-engine')) {
        try {
          await engineActivities().readSubmission({ sessionId, attempt, flow: input.flow, documentType: submission.documentType });
        } catch (error) {
          // No reading: the checks below find none and hand the session to a reviewer.
          if (!(error instanceof ActivityFailure)) throw error;
        }
      }
      const outcome = await checks.runSessionChecks({ sessionId, accountId: input.accountId, attempt, flow: input.flow, documentType: submission.documentType });
      if (outcome.verdict === 'RETRY' && attempt < input.maxAttempts) {
        await records.recordAttemptRefused({ sessionId, outcome });
        attempt += 1;
        uploaded.clear();
        retryReasons = outcome.problems;
        submission = null;
        phase = 'STARTED';
        continue;
      }
      if (outcome.verdict === 'RETRY' || outcome.verdict === 'DENY') {
        await records.recordAutoResult({ sessionId, attempt, outcome, status: 'DENIED', occurredAt: nowIso() });
        return finish('DENIED');
      }
      if (outcome.verdict === 'APPROVE') {
        await records.recordAutoResult({ sessionId, attempt, outcome, status: 'APPROVED', occurredAt: nowIso() });
        return finish('APPROVED');
      }
      // Open to a review before the row says REVIEWING: the API lets reviews through by the row, and an integrator may
      // answer the `session.auto_finished` webhook before this workflow has seen the activity complete.
      phase = 'REVIEWING';
      await records.recordAutoResult({ sessionId, attempt, outcome, status: 'REVIEWING', occurredAt: nowIso() });
      setStatus('REVIEWING');
      if (!(await condition(() => review !== null, input.reviewEscalationSeconds * 1000))) {
        await records.recordReviewEscalated({ sessionId, occurredAt: nowIso() });
        await condition(() => review !== null);
      }
      return finish(await records.applyReview({ sessionId, reviewId: review!.reviewId, occurredAt: nowIso() }));
    }
  };

  await condition(() => startedAt !== null || cancelRequested, Math.max(0, Date.parse(input.expiresAt) - Date.now()));
  if (startedAt !== null) {
    await verify();
  } else if (cancelRequested) {
    await records.cancelSession({ sessionId, occurredAt: nowIso() });
    finish('CANCELLED');
  } else {
    await records.expireSession({ sessionId, reason: 'NOT_STARTED', occurredAt: nowIso() });
    finish('EXPIRED');
  }

  await Promise.all([sender, reminder]);
  // Retention: the decision and audit trail stay; images and personal data go, at the end or on request.
  await condition(() => deleteRequested, input.retentionSeconds * 1000);
  await records.purgeSessionData({ sessionId, occurredAt: nowIso() });
  phase = 'PURGED';
  setStatus('DELETED');
  await condition(allHandlersFinished);
  return status;
}

function nowIso(): string {
  return new Date(Date.now()).toISOString();
}
