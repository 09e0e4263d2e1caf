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
} as const;

export const workflowIds = {
  creditTopUp: (accountId: string, requestKey: string) => `topup:${accountId}:${requestKey}`,
  magicLink: (linkId: string) => `link:${linkId}`,
  verificationSession: (sessionId: string) => `session:${sessionId}`,
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
  language: string;
  successUrl: string | null;
  errorUrl: string | null;
  callbackUrl: string | null;
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

/** One click: consumes a use, reserves a credit and creates the session; rejected without history when dead. */
export const claimUseUpdate = defineUpdate<ClaimUseResult, [ClaimUseInput]>('claimUse');
/** Resolves once the link is recorded in PostgreSQL, so the API can answer its create request. */
export const awaitCreationUpdate = defineUpdate<LinkState>('awaitCreation');
export const deactivateSignal = defineSignal('deactivate');
export const getStateQuery = defineQuery<LinkState>('getState');

// ---------------------------------------------------------------------------------------------------------------
// Verification sessions: verificationSessionWorkflow

export interface VerificationSessionInput {
  sessionId: string;
  accountId: string;
  linkId: string | null;
  clientId: string;
  expiresAt: string;
}
