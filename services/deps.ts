/** What the application's operations need, whoever calls them (the API's routes, the worker's activities). */
import type { Client } from '@temporalio/client';
import type { Config } from '../lib/config';
import type { Database } from '../lib/db';
import type { Dispatcher } from './events/dispatch-events';

export interface ServiceDeps {
  config: Config;
  db: Database;
  temporal: Client;
  /** One per process: events go to webhook delivery through it. */
  dispatch: Dispatcher;
}
