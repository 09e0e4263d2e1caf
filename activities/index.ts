/**
 * All activities, built from their dependencies. Only `worker/` (and tests) construct real dependencies.
 * Each concern lives in its own file and is proxied by workflows with its own timeouts and retry policy.
 */
import type { Client } from '@temporalio/client';
import type { NotificationSettings, SessionSettings, VerificationSettings, WebhookSettings } from '../lib/config';
import type { Database } from '../lib/db';
import type { DocumentStore } from '../lib/documents/store';
import type { Logger } from '../lib/logger';
import { sendersFor } from '../lib/notifications/senders';
import type { Keyring } from '../lib/keyring';
import { createDispatcher, type Dispatcher } from '../services/events/dispatch-events';
import { createCheckActivities } from './checks';
import { createCreditActivities } from './credits';
import { createLinkActivities } from './links';
import { createMessageActivities } from './messages';
import { createSessionActivities } from './sessions';
import { createWebhookActivities } from './webhooks';

export interface ActivityDeps {
  db: Database;
  logger: Logger;
  /** Activities start child-less workflows (a click's session) through this client. */
  temporal: Client;
  taskQueue: string;
  /** Encrypted images: purged with a session's data. */
  documents: DocumentStore;
  /** What sessions created by clicks capture in their workflow input. */
  sessionSettings: SessionSettings;
  /** The decision policy's face thresholds. */
  verification: VerificationSettings;
  /** Decrypts webhook signing secrets. */
  keyring: Keyring;
  webhooks: WebhookSettings;
  notifications: NotificationSettings;
  /** Links in messages point here. */
  publicBaseUrl: string;
  /** The process's dispatcher (the worker shares it with its event sweeper, so first attempts share one bound per endpoint). */
  dispatch?: Dispatcher;
}

export function createActivities(deps: ActivityDeps) {
  // Activities that write events hand them to webhook delivery themselves, right after their transaction.
  const dispatch = deps.dispatch ?? createDispatcher(deps);
  return {
    ...createCreditActivities(deps),
    ...createLinkActivities({ ...deps, dispatch }),
    ...createSessionActivities({ ...deps, dispatch }),
    ...createCheckActivities(deps),
    ...createWebhookActivities({ ...deps, dispatch }),
    ...createMessageActivities({ ...deps, ...sendersFor(deps.notifications), emailFrom: deps.notifications.emailFrom, dispatch }),
  };
}

export type Activities = ReturnType<typeof createActivities>;

/** Each group as workflows proxy it: a proxy is typed with its group only, so it cannot call another group's activity. */
export type CreditActivities = ReturnType<typeof createCreditActivities>;
export type LinkActivities = ReturnType<typeof createLinkActivities>;
export type SessionRecordActivities = ReturnType<typeof createSessionActivities>;
export type CheckActivities = ReturnType<typeof createCheckActivities>;
export type WebhookActivities = ReturnType<typeof createWebhookActivities>;
export type MessageActivities = ReturnType<typeof createMessageActivities>;
