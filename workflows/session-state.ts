/**
 * The state of one verification session and its named transitions; the session workflow's handlers and steps change
 * it only through these. Pure: time comes in as an argument, and a change of status is reported to `onStatus` (the
 * workflow makes it a search attribute), so the transitions are tested without Temporal.
 */
import {
  SESSION_FAILURES,
  requiredKinds,
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

/** Why a message is turned away: the workflow throws it as a non-retryable ApplicationFailure of this type. */
export interface Refusal {
  type: string;
  message: string;
  /** The images still missing, as the failure's detail (MISSING_DOCUMENTS only). */
  missing?: DocumentKind[];
}

export interface OutgoingMessage {
  channel: MessageChannel;
  kind: MessageKind;
  /** Counts the session's sends from 1: each send's idempotency key. */
  sendNumber: number;
}

export class SessionState {
  private _phase: SessionPhase = 'CREATED';
  private _status: SessionStatus = 'ACTIVE';
  private _startedAt: number | null = null;
  private _attempt = 1;
  private readonly uploaded = new Set<DocumentKind>();
  private retryReasons: string[] = [];
  private _submission: SubmitInput | null = null;
  private _review: ReviewInput | null = null;
  private _cancelRequested = false;
  private _deleteRequested = false;
  private readonly outgoing: { channel: MessageChannel; kind: MessageKind }[] = [];
  private sendsMade = 0;

  constructor(
    readonly input: VerificationSessionInput,
    private readonly onStatus: (status: SessionStatus) => void = () => undefined,
  ) {}

  get phase(): SessionPhase {
    return this._phase;
  }
  get status(): SessionStatus {
    return this._status;
  }
  /** Decided (or expired, cancelled): nothing but retention is left. */
  get final(): boolean {
    return this._phase === 'FINISHED' || this._phase === 'PURGED';
  }
  get startedAt(): number | null {
    return this._startedAt;
  }
  get attempt(): number {
    return this._attempt;
  }
  get submission(): SubmitInput | null {
    return this._submission;
  }
  get review(): ReviewInput | null {
    return this._review;
  }
  get cancelRequested(): boolean {
    return this._cancelRequested;
  }
  get deleteRequested(): boolean {
    return this._deleteRequested;
  }
  get hasOutgoing(): boolean {
    return this.outgoing.length > 0;
  }

  /** `startedAt + sessionLength`; null until the person starts. */
  deadline(): number | null {
    return this._startedAt === null ? null : this._startedAt + this.input.sessionLength * 1000;
  }

  /** What the `getStatus` query and the updates answer. */
  progress(): SessionProgress {
    const deadline = this.deadline();
    return {
      sessionId: this.input.sessionId,
      phase: this._phase,
      status: this._status,
      final: this.final,
      startedAt: this._startedAt === null ? null : new Date(this._startedAt).toISOString(),
      deadline: deadline === null ? null : new Date(deadline).toISOString(),
      attempt: this._attempt,
      maxAttempts: this.input.maxAttempts,
      uploaded: [...this.uploaded],
      retryReasons: this.retryReasons,
    };
  }

  /** Sending makes sense while the person can still act on the link. */
  acceptsMessages(): boolean {
    return this._phase === 'CREATED' || (this._phase === 'STARTED' && this._submission === null && !this._cancelRequested);
  }

  startRefusal(now: number): Refusal | null {
    if (this._cancelRequested || (this._phase === 'CREATED' && now >= Date.parse(this.input.expiresAt))) {
      return { type: SESSION_FAILURES.sessionExpired, message: 'The session can no longer be started' };
    }
    return null;
  }

  captureRefusal(now: number): Refusal | null {
    if (this._phase === 'CREATED') return { type: SESSION_FAILURES.notStarted, message: 'The session has not been started' };
    if (this._phase !== 'STARTED' || this._submission !== null || this._cancelRequested) {
      return { type: SESSION_FAILURES.invalidState, message: 'The session no longer accepts uploads' };
    }
    if (now >= this.deadline()!) return { type: SESSION_FAILURES.sessionExpired, message: 'The time for this session is up' };
    return null;
  }

  submitRefusal({ documentType }: SubmitInput, now: number): Refusal | null {
    const capturing = this.captureRefusal(now);
    if (capturing) return capturing;
    const { flow } = this.input;
    if (flow !== 'SELFIE' && documentType === null) return { type: SESSION_FAILURES.missingDocuments, message: 'Choose the type of document', missing: [] };
    const missing = requiredKinds(flow, documentType).filter((kind) => !this.uploaded.has(kind));
    if (missing.length > 0) return { type: SESSION_FAILURES.missingDocuments, message: `Missing images: ${missing.join(', ')}`, missing };
    return null;
  }

  reviewRefusal(): Refusal | null {
    if (this._phase !== 'REVIEWING' || this._review !== null) {
      return { type: SESSION_FAILURES.invalidState, message: 'The session is not waiting for a review' };
    }
    return null;
  }

  /** The person pressed Start: the `sessionLength` clock begins. False when already started (reopening continues). */
  start(now: number): boolean {
    if (this._phase !== 'CREATED') return false;
    this._phase = 'STARTED';
    this._startedAt = now;
    return true;
  }

  attach(kind: DocumentKind): void {
    this.uploaded.add(kind);
  }

  submit({ documentType }: SubmitInput): void {
    this._submission = { documentType: this.input.flow === 'SELFIE' ? null : documentType };
    this._phase = 'CHECKING';
  }

  /** Cancelling is possible until the person submits; afterwards the session is decided by checks and review. */
  requestCancel(): void {
    if (this._phase === 'CREATED' || (this._phase === 'STARTED' && this._submission === null)) this._cancelRequested = true;
  }

  /** Purge images and personal data now instead of at the end of retention. */
  requestDeletion(): void {
    this._deleteRequested = true;
  }

  /** The link, sent again by `channel` if the person can still use it. */
  requestInvitation(channel: MessageChannel): void {
    if (this.acceptsMessages()) this.outgoing.push({ channel, kind: 'INVITATION' });
  }

  queueReminders(channels: readonly MessageChannel[]): void {
    for (const channel of channels) this.outgoing.push({ channel, kind: 'REMINDER' });
  }

  /** The next message to send, numbered; null when none is waiting. */
  takeMessage(): OutgoingMessage | null {
    const next = this.outgoing.shift();
    if (!next) return null;
    this.sendsMade += 1;
    return { ...next, sendNumber: this.sendsMade };
  }

  /** The checks refused the images: a new attempt, with nothing uploaded and the reasons for the page. */
  retry(problems: string[]): void {
    this._attempt += 1;
    this.uploaded.clear();
    this.retryReasons = problems;
    this._submission = null;
    this._phase = 'STARTED';
  }

  /** Reviews are accepted from here on (before the row says REVIEWING, so none is refused in between). */
  openForReview(): void {
    this._phase = 'REVIEWING';
  }

  awaitReview(): void {
    this._phase = 'REVIEWING';
    this.setStatus('REVIEWING');
  }

  recordReview(review: ReviewInput): void {
    this._review = review;
  }

  finish(status: SessionStatus): void {
    this._phase = 'FINISHED';
    this.setStatus(status);
  }

  purge(): void {
    this._phase = 'PURGED';
    this.setStatus('DELETED');
  }

  private setStatus(status: SessionStatus): void {
    this._status = status;
    this.onStatus(status);
  }
}
