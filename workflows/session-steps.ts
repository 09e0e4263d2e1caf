/**
 * The steps of a verification session, each a named function of the session's state and the activity group it
 * needs: collect (Start, images, Submit), check (the automated checks and their verdict), review (a person decides),
 * retain (images and personal data kept until purged); beside them, the messages sent and the reminder.
 *
 * Each await and each activity call sits where it sat in the workflow before these steps were named: a history
 * recorded by that workflow replays command for command.
 */
import { ActivityFailure, condition, patched, type ActivityInterfaceFor } from '@temporalio/workflow';
import type { CheckActivities, MessageActivities, SessionRecordActivities } from '../activities';
import type { EngineActivities } from '../activities/checks/read-submission';
import type { SessionState } from './session-state';

export type SessionRecords = ActivityInterfaceFor<SessionRecordActivities>;

/**
 * The person's part of one attempt: for the first, Start before `expiresAt`; then images and Submit before the
 * deadline. True once submitted; false when the session ended instead (cancelled or expired), already recorded.
 */
export async function collect(state: SessionState, records: SessionRecords): Promise<boolean> {
  if (state.attempt === 1) {
    await condition(() => state.startedAt !== null || state.cancelRequested, msUntil(Date.parse(state.input.expiresAt)));
    if (state.startedAt === null) return end(state, records, state.cancelRequested ? 'CANCELLED' : 'NOT_STARTED');
  }
  await condition(() => state.submission !== null || state.cancelRequested, msUntil(state.deadline()!));
  if (state.submission === null) return end(state, records, state.cancelRequested ? 'CANCELLED' : 'TIMED_OUT');
  return true;
}

async function end(state: SessionState, records: SessionRecords, ending: 'CANCELLED' | 'NOT_STARTED' | 'TIMED_OUT'): Promise<false> {
  const { sessionId } = state.input;
  if (ending === 'CANCELLED') {
    await records.cancelSession({ sessionId, occurredAt: nowIso() });
    state.finish('CANCELLED');
  } else {
    await records.expireSession({ sessionId, reason: ending, occurredAt: nowIso() });
    state.finish('EXPIRED');
  }
  return false;
}

/**
 * A submission, checked: recorded, read by the verification engine when the session uses it, judged, and the
 * verdict recorded — another attempt, a final decision, or REVIEWING for a person.
 */
export async function check(
  state: SessionState,
  records: SessionRecords,
  checks: ActivityInterfaceFor<CheckActivities>,
  engine: () => ActivityInterfaceFor<EngineActivities>,
): Promise<void> {
  const { sessionId, accountId, flow, maxAttempts, verificationEngine } = state.input;
  const { attempt } = state;
  const { documentType } = state.submission!;
  await records.recordSubmission({ sessionId, attempt, documentType, occurredAt: nowIso() });
  if (verificationEngine && patched('verification-engine')) {
    try {
      await engine().readSubmission({ sessionId, attempt, flow, documentType });
    } catch (error) {
      // No reading: the checks below find none and hand the session to a reviewer.
      if (!(error instanceof ActivityFailure)) throw error;
    }
  }
  const outcome = await checks.runSessionChecks({ sessionId, accountId, attempt, flow, documentType });
  if (outcome.verdict === 'RETRY' && attempt < maxAttempts) {
    await records.recordAttemptRefused({ sessionId, outcome });
    return state.retry(outcome.problems);
  }
  if (outcome.verdict === 'RETRY' || outcome.verdict === 'DENY') {
    await records.recordAutoResult({ sessionId, attempt, outcome, status: 'DENIED', occurredAt: nowIso() });
    return state.finish('DENIED');
  }
  if (outcome.verdict === 'APPROVE') {
    await records.recordAutoResult({ sessionId, attempt, outcome, status: 'APPROVED', occurredAt: nowIso() });
    return state.finish('APPROVED');
  }
  // Open to a review before the row says REVIEWING: the API lets reviews through by the row, and an integrator may
  // answer the `session.auto_finished` webhook before this workflow has seen the activity complete.
  state.openForReview();
  await records.recordAutoResult({ sessionId, attempt, outcome, status: 'REVIEWING', occurredAt: nowIso() });
  state.awaitReview();
}

/** A person decides; a review nobody makes within `reviewEscalationSeconds` is escalated, and can still be made. */
export async function review(state: SessionState, records: SessionRecords): Promise<void> {
  const { sessionId, reviewEscalationSeconds } = state.input;
  if (!(await condition(() => state.review !== null, reviewEscalationSeconds * 1000))) {
    await records.recordReviewEscalated({ sessionId, occurredAt: nowIso() });
    await condition(() => state.review !== null);
  }
  state.finish(await records.applyReview({ sessionId, reviewId: state.review!.reviewId, occurredAt: nowIso() }));
}

/** Retention: the decision and audit trail stay; images and personal data go, at the end of retention or on request. */
export async function retain(state: SessionState, records: SessionRecords): Promise<void> {
  await condition(() => state.deleteRequested, state.input.retentionSeconds * 1000);
  await records.purgeSessionData({ sessionId: state.input.sessionId, occurredAt: nowIso() });
  state.purge();
}

/** Messages go out one at a time, beside the steps, until the session ends; each send's number is its idempotency key. */
export async function sendMessages(state: SessionState, messages: ActivityInterfaceFor<MessageActivities>): Promise<void> {
  for (;;) {
    await condition(() => state.hasOutgoing || state.phase === 'FINISHED' || state.phase === 'PURGED');
    const next = state.takeMessage();
    if (!next) return;
    await messages.sendSessionMessage({ sessionId: state.input.sessionId, ...next });
  }
}

/** The reminder: at `reminderAt`, if the person has not started (nor the session ended), once. */
export async function remind(state: SessionState): Promise<void> {
  const { reminderAt, reminderChannels } = state.input;
  if (!reminderAt) return;
  const settled = await condition(() => state.phase !== 'CREATED' || state.cancelRequested, msUntil(Date.parse(reminderAt)));
  if (!settled) state.queueReminders(reminderChannels);
}

function msUntil(at: number): number {
  return Math.max(0, at - Date.now());
}

function nowIso(): string {
  return new Date(Date.now()).toISOString();
}
