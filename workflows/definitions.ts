/**
 * Everything the API, the worker and the workflows share about workflows: the task queue's default name,
 * workflow-id helpers, search attributes and payload types. `api/` imports this module and nothing else from
 * `workflows/`. Deterministic and sandbox-safe: it imports only from @temporalio/common.
 */
import { defineSearchAttributeKey } from '@temporalio/common';

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
} as const;

export const workflowIds = {
  creditTopUp: (accountId: string, requestKey: string) => `topup:${accountId}:${requestKey}`,
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
