/**
 * All activities, built from their dependencies. Only `worker/` (and tests) construct real dependencies.
 * Each concern lives in its own file and is proxied by workflows with its own timeouts and retry policy.
 */
import type { Client } from '@temporalio/client';
import type { SessionSettings } from '../lib/config';
import type { Database } from '../lib/db';
import type { DocumentStore } from '../lib/documents/store';
import type { Logger } from '../lib/logger';
import { createCheckActivities } from './checks';
import { createCreditActivities } from './credits';
import { createLinkActivities } from './links';
import { createSessionStarter } from './session-starter';
import { createSessionActivities } from './sessions';

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
}

export function createActivities(deps: ActivityDeps) {
  const startSession = createSessionStarter(deps.temporal, deps.taskQueue);
  return {
    ...createCreditActivities(deps),
    ...createLinkActivities({ db: deps.db, startSession, sessionSettings: deps.sessionSettings }),
    ...createSessionActivities(deps),
    ...createCheckActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
