/**
 * All activities, built from their dependencies. Only `worker/` (and tests) construct real dependencies.
 * Each concern lives in its own file and is proxied by workflows with its own timeouts and retry policy.
 */
import type { Database } from '../lib/db';
import type { Logger } from '../lib/logger';
import { createCreditActivities } from './credits';

export interface ActivityDeps {
  db: Database;
  logger: Logger;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createCreditActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
