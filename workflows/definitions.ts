/**
 * Everything the API, the worker and the workflows share about workflows: the task queue's default name,
 * workflow-id helpers, messages (updates, signals, queries), search attributes and payload types. `api/` imports this
 * module and nothing else from `workflows/`. Deterministic and sandbox-safe.
 */
import { defineSearchAttributeKey } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** Custom search attributes, registered on the dev server by `npm start` / tests and in docker-compose. */
export const SEARCH_ATTRIBUTES = {
  AccountId: defineSearchAttributeKey('AccountId', 'KEYWORD'),
  LinkId: defineSearchAttributeKey('LinkId', 'KEYWORD'),
  LinkStatus: defineSearchAttributeKey('LinkStatus', 'KEYWORD'),
  SessionStatus: defineSearchAttributeKey('SessionStatus', 'KEYWORD'),
  ClientId: defineSearchAttributeKey('ClientId', 'KEYWORD'),
  EndpointId: defineSearchAttributeKey('EndpointId', 'KEYWORD'),
  DeliveryStatus: defineSearchAttributeKey('DeliveryStatus', 'KEYWORD'),
} as const;

/** `Name=Type` pairs in the form the Temporal CLI's `--search-attribute` flag takes. */
export const SEARCH_ATTRIBUTE_FLAGS = Object.values(SEARCH_ATTRIBUTES).map((key) => `${key.name}=Keyword`);

/** Workflow type names, for clients that start workflows by name without importing workflow code. */
export const WORKFLOW_TYPES = {
  creditTopUp: 'creditTopUpWorkflow',
  magicLink: 'magicLinkWorkflow',
  verificationSession: 'verificationSessionWorkflow',
  webhookDelivery: 'webhookDeliveryWorkflow',
  uploadQuickCheck: 'uploadQuickCheckWorkflow',
} as const;

export const workflowIds = {
  creditTopUp: (accountId: string, requestKey: string) => `topup:${accountId}:${requestKey}`,
  magicLink: (linkId: string) => `link:${linkId}`,
  verificationSession: (sessionId: string) => `session:${sessionId}`,
  uploadQuickCheck: (documentId: string) => `upload-check:${documentId}`,
  /** One per (event, endpoint, series): re-dispatching an event cannot deliver it twice. */
  webhookDelivery: (eventId: string, endpointId: string, series: number) =>
    series === 1 ? `delivery:${eventId}:${endpointId}` : `delivery:${eventId}:${endpointId}:retry-${series}`,
} as const;

/** ApplicationFailure types that cross from workflows to the API; each maps to one HTTP answer. */
export const FAILURE_TYPES = {
  linkExpired: 'LINK_EXPIRED',
  linkExhausted: 'LINK_EXHAUSTED',
  linkDeactivated: 'LINK_DEACTIVATED',
  /** The link's workflow is handing over to its next run (continue-as-new): retry the click shortly. */
  linkBusy: 'LINK_BUSY',
  accountUnavailable: 'ACCOUNT_UNAVAILABLE',
  notFound: 'NOT_FOUND',
} as const;

export interface CreditBalance {
  balance: number;
  reserved: number;
  available: number;
}

export interface CreditTopUpInput {
  accountId: string;
  ledgerEntryId: string;
  amount: number;
  reason: string | null;
}

export interface CreditTopUpResult {
  ledgerEntryId: string;
  credits: CreditBalance;
}

// ---------------------------------------------------------------------------------------------------------------
// Reusable links: magicLinkWorkflow

export type Flow = 'DOCUMENT' | 'SELFIE' | 'DOCUMENT_AND_SELFIE';
export type UsageType = 'SINGLE' | 'MULTI' | 'UNLIMITED';
export type LinkStatus = 'ACTIVE' | 'EXHAUSTED' | 'EXPIRED' | 'DEACTIVATED';

/** Everything a link is created with; written to PostgreSQL by the workflow's first activity. */
export interface LinkSettings {
  linkId: string;
  accountId: string;
  slug: string;
  name: string;
  flow: Flow;
  usageType: UsageType;
  maxUses: number | null;
  expiresAt: string | null;
  /** null: the person's browser languages decide the pages. */
  language: string | null;
  successUrl: string | null;
  errorUrl: string | null;
  callbackUrl: string | null;
  /** The verification engine's requirements, copied into each session the link creates (optional: older links lack them). */
  allowedCountries?: string[];
  allowedDocumentTypes?: string[];
  minimumAge?: number | null;
  autoApprove?: boolean | null;
  /** Overrides of the account's branding on the link's pages (optional: older links lack them; null: the account's). */
  branding?: { businessName: string | null; accentColor: string | null; supportContact: string | null; privacyPolicyUrl: string | null };
}

export interface MagicLinkInput {
  linkId: string;
  accountId: string;
  usageType: UsageType;
  maxUses: number | null;
  expiresAt: string | null;
  /** Continue as new after this many accepted claims (well under Temporal's 2,000 updates per run). */
  continueAsNewAfter: number;
  /** The first run records the link; later runs (after continue-as-new) carry its state instead. */
  settings?: LinkSettings;
  carried?: { usesConsumed: number };
}

export interface LinkState {
  linkId: string;
  status: LinkStatus;
  usesConsumed: number;
  usesRemaining: number | null;
  claimsInFlight: number;
}

export interface ClaimUseInput {
  sessionId: string;
  /** SHA-256 of the session's bearer token: the token itself never enters workflow history. */
  tokenHash: string;
}

export interface ClaimUseResult {
  sessionId: string;
  usesConsumed: number;
}

/** How a click of a `claimUses` batch ended: its session exists, or why it has none. */
export type ClaimUseOutcome = 'CLAIMED' | 'LINK_EXHAUSTED' | 'ACCOUNT_UNAVAILABLE';

export interface ClaimUsesResult {
  /** One per claim, in the order sent. */
  outcomes: ClaimUseOutcome[];
  usesConsumed: number;
}

/** At most this many clicks in one `claimUses` update (one activity writes their sessions). */
export const MAX_CLAIMS_PER_UPDATE = 50;

/** One click: consumes a use, reserves a credit and creates the session; rejected without history when dead. */
export const claimUseUpdate = defineUpdate<ClaimUseResult, [ClaimUseInput]>('claimUse');
/**
 * Clicks that arrived together, as one update: the link grants min(claims, uses left) in order, one activity writes
 * their sessions; rejected as a whole without history when the link is dead or has no use left.
 */
export const claimUsesUpdate = defineUpdate<ClaimUsesResult, [ClaimUseInput[]]>('claimUses');
/**
 * An UNLIMITED link's clicks were counted in its row (sent by the API at most every few seconds while clicks
 * happen): the workflow re-reads the count until it stops moving.
 */
export const usesCountedSignal = defineSignal('usesCounted');
/** Resolves once the link is recorded in PostgreSQL, so the API can answer its create request. */
export const awaitCreationUpdate = defineUpdate<LinkState>('awaitCreation');
export const deactivateSignal = defineSignal('deactivate');
export const getStateQuery = defineQuery<LinkState>('getState');

// ---------------------------------------------------------------------------------------------------------------
// Verification sessions: verificationSessionWorkflow

export type SessionStatus = 'ACTIVE' | 'APPROVED' | 'DENIED' | 'SUSPECTED' | 'REVIEWING' | 'EXPIRED' | 'CANCELLED' | 'DELETED';
export type DocumentKind = 'FRONT' | 'BACK' | 'FACE';
export type DocumentType = 'ID_CARD' | 'PASSPORT' | 'DRIVER_LICENSE' | 'RESIDENCE_PERMIT';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['ID_CARD', 'PASSPORT', 'DRIVER_LICENSE', 'RESIDENCE_PERMIT'];

/** A passport is one page; every other document has a back. */
export function documentHasBack(type: DocumentType): boolean {
  return type !== 'PASSPORT';
}

/** The images a submission needs, by flow and (when the flow has a document) the chosen document type. */
export function requiredKinds(flow: Flow, documentType: DocumentType | null): DocumentKind[] {
  const document: DocumentKind[] = flow === 'SELFIE' ? [] : documentType && !documentHasBack(documentType) ? ['FRONT'] : ['FRONT', 'BACK'];
  return flow === 'DOCUMENT' ? document : [...document, 'FACE'];
}

/** Fixed when the session is created; nothing personal (names, contacts, tokens) ever goes into a workflow. */
export interface VerificationSessionInput {
  sessionId: string;
  accountId: string;
  linkId: string | null;
  clientId: string;
  flow: Flow;
  /** The end of `expiryTime`: the session can be started until then. */
  expiresAt: string;
  /** Seconds the person has once started. */
  sessionLength: number;
  maxAttempts: number;
  /** Seconds after the end (decision, expiry, cancellation) until images and personal data are purged. */
  retentionSeconds: number;
  /** Seconds a session may wait in REVIEWING before `session.review_escalated` is emitted. */
  reviewEscalationSeconds: number;
  /** When to remind the person (by `reminderChannels`) if they have not started by then; null: no reminder. */
  reminderAt: string | null;
  reminderChannels: MessageChannel[];
  /** Read by the verification engine after Submit (absent in sessions started before it existed). */
  verificationEngine?: boolean;
}

export type MessageChannel = 'email' | 'sms';
export type MessageKind = 'INVITATION' | 'REMINDER';

export type SessionPhase = 'CREATED' | 'STARTED' | 'CHECKING' | 'REVIEWING' | 'FINISHED' | 'PURGED';

/** What the hosted page and the API need to know about a session in flight (the `getStatus` query and updates). */
export interface SessionProgress {
  sessionId: string;
  phase: SessionPhase;
  status: SessionStatus;
  final: boolean;
  startedAt: string | null;
  /** `startedAt + sessionLength`: uploads and submission are refused after it. */
  deadline: string | null;
  attempt: number;
  maxAttempts: number;
  /** Kinds uploaded in the current attempt. */
  uploaded: DocumentKind[];
  /** Why the previous attempt was not accepted (check codes such as DOC_TOO_BLURRY), so the page can say. */
  retryReasons: string[];
}

/** Metadata of an image the API validated, encrypted and stored; the bytes stay in the document store. */
export interface AttachDocumentInput {
  documentId: string;
  kind: DocumentKind;
  mimeType: string;
  sizeBytes: number;
  width: number;
  height: number;
  sha256: string;
  perceptualHash: string;
  blurScore: number;
  brightness: number;
  storageKey: string;
}

export interface SubmitInput {
  /** Required when the flow has a document; ignored for SELFIE. */
  documentType: DocumentType | null;
}

/** The review itself (reasons, note, corrected data) is in the Review row; only its id travels. */
export interface ReviewInput {
  reviewId: string;
  decision: 'APPROVED' | 'DENIED';
}

/**
 * What the automated checks of one submission concluded. They may refuse or flag, never approve: REVIEW hands the
 * session to a person; RETRY means the images could not be judged (blurred, dark...) — another attempt if one is
 * left, else the session is denied.
 */
/**
 * The verification engine's activities run on their own task queue, polled only by checks workers (their models
 * take memory and warm-up a workflow worker should not pay): derived from the workflow's own queue.
 */
export function checksTaskQueueFor(taskQueue: string): string {
  return `${taskQueue}-checks`;
}

/** A quick look at one upload before Submit (see uploadQuickCheckWorkflow); nothing personal, the image by its key. */
export interface UploadQuickCheckInput {
  sessionId: string;
  storageKey: string;
  kind: DocumentKind;
  documentType: DocumentType | null;
}

/** Why an upload is refused on the spot (the page explains each in the person's language), the answer of uploadQuickCheckWorkflow when not null. */
export type UploadRefusal = 'MRZ_NOT_VISIBLE' | 'DOCUMENT_NOT_VISIBLE' | 'NO_FACE_FOUND' | 'TOO_MANY_FACES' | 'FACE_TOO_SMALL' | 'FACE_TOO_BLURRY';

export interface CheckOutcome {
  /** APPROVE and DENY are the engine's automatic decisions; REVIEW hands over to a person; RETRY asks for new photos. */
  verdict: 'APPROVE' | 'DENY' | 'REVIEW' | 'RETRY';
  autoDocument: string | null;
  autoFace: string | null;
  fraudTags: string[];
  /** Codes explaining RETRY (e.g. DOC_TOO_BLURRY, FACE_TOO_DARK). */
  problems: string[];
  /** Codes of the checks that did not pass: why a reviewer must look, or why it was denied. */
  reasons?: string[];
}

/** Failure types of session updates; the API maps each to one HTTP answer. */
export const SESSION_FAILURES = {
  invalidState: 'INVALID_STATE',
  sessionExpired: 'SESSION_EXPIRED',
  missingDocuments: 'MISSING_DOCUMENTS',
  notStarted: 'SESSION_NOT_STARTED',
} as const;

/** Sent with signal-with-start before an update: it ends the start delay of a session nobody opened yet. */
export const wakeSignal = defineSignal('wake');
/** The person pressed Start: the `sessionLength` clock begins (idempotent; reopening continues). */
export const startUpdate = defineUpdate<SessionProgress>('start');
export const attachDocumentUpdate = defineUpdate<SessionProgress, [AttachDocumentInput]>('attachDocument');
export const submitUpdate = defineUpdate<SessionProgress, [SubmitInput]>('submit');
export const reviewUpdate = defineUpdate<SessionProgress, [ReviewInput]>('review');
export const cancelSignal = defineSignal('cancel');
/** Purge images and personal data now (DELETE /api/v1/sessions/{id}/data) instead of at the end of retention. */
export const deleteDataSignal = defineSignal('deleteData');
export const getStatusQuery = defineQuery<SessionProgress>('getStatus');
/** Send the link to the person (by the address stored with the session; never in history). */
export const sendSignal = defineSignal<[{ channel: MessageChannel }]>('send');

// ---------------------------------------------------------------------------------------------------------------
// Webhooks: webhookDeliveryWorkflow

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** One event to one endpoint. The event id is the `webhook-id` of every attempt of every series. */
export interface WebhookDeliveryInput {
  deliveryId: string;
  eventId: string;
  endpointId: string;
  /** 1 for the first series of attempts; a manual retry or a recovery starts the next. */
  series: number;
  /** Seconds to wait before each attempt after the first (Svix: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). */
  retrySchedule: number[];
  /**
   * Attempt 1 was made by a dispatcher, without this workflow, and failed: the workflow waits as the schedule says
   * after attempt 1 and continues with attempt 2. Absent: the workflow makes attempt 1 itself.
   */
  firstAttemptFailed?: { attemptedAt: string; retryAfterSeconds: number | null };
}

/** What one HTTP attempt concluded, as its activity recorded it. */
export type AttemptOutcome =
  | { kind: 'DELIVERED' }
  /** Not delivered: the workflow decides whether and when to try again (retry-delay.ts) and records it. */
  | { kind: 'UNDELIVERED'; attemptedAt: string; retryAfterSeconds: number | null }
  /**
   * The answer to deliveries started before the workflow chose the wait (they pass `nextDelaySeconds`): the activity
   * chose and recorded it. `waitSeconds`: until the next attempt; null: that was the last.
   */
  | { kind: 'FAILED'; waitSeconds: number | null }
  /** 410 Gone, or the endpoint was disabled or deleted meanwhile: no further attempts. */
  | { kind: 'STOP'; reason: string };
