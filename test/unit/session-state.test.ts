/** The verification session's state and transitions, without Temporal: guards, transitions, the derived progress. */
import type { VerificationSessionInput } from '../../workflows/definitions';
import { SessionState } from '../../workflows/session-state';

const T0 = Date.parse('2030-01-01T10:00:00.000Z');

function session(overrides: Partial<VerificationSessionInput> = {}) {
  const statuses: string[] = [];
  const input: VerificationSessionInput = {
    sessionId: 'ses_1',
    accountId: 'acc_1',
    linkId: null,
    clientId: 'client-1',
    flow: 'DOCUMENT_AND_SELFIE',
    expiresAt: new Date(T0 + 3_600_000).toISOString(),
    sessionLength: 600,
    maxAttempts: 2,
    retentionSeconds: 86_400,
    reviewEscalationSeconds: 3_600,
    reminderAt: null,
    reminderChannels: [],
    ...overrides,
  };
  return { state: new SessionState(input, (status) => statuses.push(status)), statuses };
}

function capturing(overrides: Partial<VerificationSessionInput> = {}) {
  const created = session(overrides);
  created.state.start(T0);
  return created;
}

test('a new session: CREATED, ACTIVE, no clock yet; uploads refused as not started', () => {
  const { state } = session();
  expect(state.progress()).toEqual({
    sessionId: 'ses_1',
    phase: 'CREATED',
    status: 'ACTIVE',
    final: false,
    startedAt: null,
    deadline: null,
    attempt: 1,
    maxAttempts: 2,
    uploaded: [],
    retryReasons: [],
  });
  expect(state.captureRefusal(T0)).toEqual({ type: 'SESSION_NOT_STARTED', message: 'The session has not been started' });
  expect(state.acceptsMessages()).toBe(true);
});

test('start: once, with the deadline at startedAt + sessionLength; reopening does not restart the clock', () => {
  const { state } = session();
  expect(state.startRefusal(T0)).toBeNull();
  expect(state.start(T0)).toBe(true);
  expect(state.start(T0 + 5_000)).toBe(false);
  expect(state.progress()).toMatchObject({ phase: 'STARTED', startedAt: '2030-01-01T10:00:00.000Z', deadline: '2030-01-01T10:10:00.000Z' });
  expect(state.captureRefusal(T0 + 599_999)).toBeNull();
  expect(state.captureRefusal(T0 + 600_000)).toEqual({ type: 'SESSION_EXPIRED', message: 'The time for this session is up' });
});

test('start is refused after expiresAt, and after a cancellation', () => {
  expect(session().state.startRefusal(T0 + 3_600_000)).toEqual({ type: 'SESSION_EXPIRED', message: 'The session can no longer be started' });
  const { state } = session();
  state.requestCancel();
  expect(state.cancelRequested).toBe(true);
  expect(state.startRefusal(T0)?.type).toBe('SESSION_EXPIRED');
});

test('submit: a document type is required, then every image the flow and type need', () => {
  const { state } = capturing();
  expect(state.submitRefusal({ documentType: null }, T0)).toEqual({ type: 'MISSING_DOCUMENTS', message: 'Choose the type of document', missing: [] });
  expect(state.submitRefusal({ documentType: 'ID_CARD' }, T0)).toEqual({ type: 'MISSING_DOCUMENTS', message: 'Missing images: FRONT, BACK, FACE', missing: ['FRONT', 'BACK', 'FACE'] });
  state.attach('FRONT');
  state.attach('FACE');
  expect(state.submitRefusal({ documentType: 'PASSPORT' }, T0)).toBeNull();
  expect(state.submitRefusal({ documentType: 'ID_CARD' }, T0)?.missing).toEqual(['BACK']);
  state.submit({ documentType: 'PASSPORT' });
  expect(state.submission).toEqual({ documentType: 'PASSPORT' });
  expect(state.phase).toBe('CHECKING');
  // A second submission (validated in the same task) is refused once the first is in.
  expect(state.submitRefusal({ documentType: 'PASSPORT' }, T0)).toEqual({ type: 'INVALID_STATE', message: 'The session no longer accepts uploads' });
});

test('a SELFIE session ignores the document type', () => {
  const { state } = capturing({ flow: 'SELFIE' });
  state.attach('FACE');
  expect(state.submitRefusal({ documentType: null }, T0)).toBeNull();
  state.submit({ documentType: 'ID_CARD' });
  expect(state.submission).toEqual({ documentType: null });
});

test('retry: the next attempt starts empty and carries the reasons', () => {
  const { state } = capturing({ flow: 'SELFIE' });
  state.attach('FACE');
  state.submit({ documentType: null });
  state.retry(['FACE_TOO_DARK']);
  expect(state.progress()).toMatchObject({ phase: 'STARTED', attempt: 2, uploaded: [], retryReasons: ['FACE_TOO_DARK'] });
  expect(state.submission).toBeNull();
  expect(state.submitRefusal({ documentType: null }, T0)?.missing).toEqual(['FACE']);
});

test('cancel: possible until the person submits, not after', () => {
  const before = capturing();
  before.state.requestCancel();
  expect(before.state.cancelRequested).toBe(true);
  expect(before.state.captureRefusal(T0)?.type).toBe('INVALID_STATE');
  expect(before.state.acceptsMessages()).toBe(false);

  const after = capturing({ flow: 'SELFIE' });
  after.state.attach('FACE');
  after.state.submit({ documentType: null });
  after.state.requestCancel();
  expect(after.state.cancelRequested).toBe(false);
});

test('review: accepted only while REVIEWING and only once; each status change is reported once', () => {
  const { state, statuses } = capturing({ flow: 'SELFIE' });
  expect(state.reviewRefusal()).toEqual({ type: 'INVALID_STATE', message: 'The session is not waiting for a review' });
  state.attach('FACE');
  state.submit({ documentType: null });
  state.awaitReview();
  expect(state.reviewRefusal()).toBeNull();
  state.recordReview({ reviewId: 'rev_1', decision: 'APPROVED' });
  expect(state.reviewRefusal()?.type).toBe('INVALID_STATE');
  state.finish('APPROVED');
  expect(state.progress()).toMatchObject({ phase: 'FINISHED', status: 'APPROVED', final: true });
  state.purge();
  expect(state.progress()).toMatchObject({ phase: 'PURGED', status: 'DELETED', final: true });
  expect(statuses).toEqual(['REVIEWING', 'APPROVED', 'DELETED']);
});

test('messages: invitations only while the person can act, reminders always; numbered in order of sending', () => {
  const { state } = session();
  state.requestInvitation('email');
  state.queueReminders(['sms', 'email']);
  expect(state.takeMessage()).toEqual({ channel: 'email', kind: 'INVITATION', sendNumber: 1 });
  expect(state.takeMessage()).toEqual({ channel: 'sms', kind: 'REMINDER', sendNumber: 2 });
  expect(state.takeMessage()).toEqual({ channel: 'email', kind: 'REMINDER', sendNumber: 3 });
  expect(state.takeMessage()).toBeNull();
  expect(state.hasOutgoing).toBe(false);

  state.start(T0);
  state.attach('FRONT');
  state.attach('BACK');
  state.attach('FACE');
  state.submit({ documentType: 'ID_CARD' });
  state.requestInvitation('email');
  expect(state.hasOutgoing).toBe(false);
  expect(state.takeMessage()).toBeNull();
});

test('deletion on request is remembered', () => {
  const { state } = session();
  expect(state.deleteRequested).toBe(false);
  state.requestDeletion();
  expect(state.deleteRequested).toBe(true);
});
