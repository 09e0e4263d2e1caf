/**
 * Builds the real API (createApp with real PostgreSQL and Temporal clients) on an ephemeral port, and creates
 * isolated accounts, so test files never see each other's data.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { createApp } from '../../api/app';
import { createMetrics } from '../../api/metrics';
import { loadConfig, type Config } from '../../lib/config';
import { createDatabase, type Database } from '../../lib/db';
import { documentStoreFor } from '../../lib/documents/store-from-config';
import { createBackgroundWork } from '../../lib/background-work';
import { dispatcherFor, type Dispatcher } from '../../services/events/dispatch-events';
import { createLogger, type LoggerOptions } from '../../lib/logger';
import { createAccountWithAdminKey } from '../../scripts/lib/seed';
import { TEST_TASK_QUEUE, TEST_WEBHOOK_RETRY_SCHEDULE, TEST_WEBHOOK_TIMEOUT_SECONDS } from '../setup/shared';

export interface TestApi {
  baseUrl: string;
  db: Database;
  temporal: Client;
  config: Config;
  dispatch: Dispatcher;
  close(): Promise<void>;
}

export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: requiredEnv('TEST_DATABASE_URL'),
    TEMPORAL_ADDRESS: requiredEnv('TEST_TEMPORAL_ADDRESS'),
    TEMPORAL_TASK_QUEUE: TEST_TASK_QUEUE,
    DOCUMENT_STORE_DIR: requiredEnv('TEST_DOCUMENT_STORE_DIR'),
    DATA_ENCRYPTION_KEY: requiredEnv('TEST_DATA_ENCRYPTION_KEY'),
    WEBHOOK_RETRY_SCHEDULE: TEST_WEBHOOK_RETRY_SCHEDULE,
    WEBHOOK_TIMEOUT_SECONDS: TEST_WEBHOOK_TIMEOUT_SECONDS,
    LOG_LEVEL: 'silent',
    // The shared worker has no checks worker beside it: tests of the engine turn it on with their own (test/checks/).
    VERIFICATION_ENGINE: 'false',
    METRICS_TOKEN: TEST_METRICS_TOKEN,
    ...overrides,
  };
}

/** The bearer token `/metrics` of test APIs requires. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789abcdef';

/** The Prometheus text of a test API's `/metrics`. */
export async function metricsText(api: Pick<TestApi, 'baseUrl'>): Promise<string> {
  const response = await fetch(`${api.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through \`npm test\` (test/setup/global-setup.ts sets it)`);
  return value;
}

/**
 * The API on an ephemeral port of 127.0.0.1. Its PUBLIC_BASE_URL is that address (unless overridden), so the URLs
 * it hands out — links, redirects, magic links — lead back to it, as they do in a deployment. `log` captures the
 * API's log lines (with LOG_LEVEL raised in `overrides`).
 */
export async function startTestApi(overrides: Record<string, string> = {}, options: { log?: LoggerOptions['destination'] } = {}): Promise<TestApi> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig(testEnv({ PUBLIC_BASE_URL: baseUrl, ...overrides }));
  const db = createDatabase(config.database.url, 5);
  const connection = Connection.lazy({ address: config.temporal.address });
  const temporal = new Client({ connection, namespace: config.temporal.namespace });
  const documents = documentStoreFor(config.documents.store, { db, keyring: config.keyring });
  const logger = createLogger(config.logLevel, 'test-api', { format: config.logFormat, destination: options.log });
  const dispatch = dispatcherFor(db, temporal, config, logger);
  const background = createBackgroundWork();
  const app = createApp({ config, db, temporal, dispatch, logger, metrics: createMetrics(), documents, background });
  server.on('request', app);
  return {
    baseUrl,
    db,
    temporal,
    config,
    dispatch,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await Promise.all([dispatch.drain(), background.drain()]);
      await connection.close();
      await db.$disconnect();
    },
  };
}

export interface TestAccount {
  accountId: string;
  keyId: string;
  secret: string;
  /** The Authorization header value for the account's admin key. */
  auth: string;
}

export async function createTestAccount(db: Database, startingCredits = 100): Promise<TestAccount> {
  const { accountId, apiKey } = await db.$transaction((tx) => createAccountWithAdminKey(tx, { name: 'Test account', startingCredits }));
  return { accountId, keyId: apiKey.id, secret: apiKey.secret, auth: basicAuth(apiKey.id, apiKey.secret) };
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** fetch with JSON in and out; `body` objects are sent as JSON, strings as they are. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: { auth?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; json: any }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth) headers.authorization = options.auth;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(baseUrl + path, { method, headers, body });
  return { status: response.status, headers: response.headers, json: await bodyOf(response) };
}

/** A response's body: parsed JSON, else the text (an HTML page), else null. */
export async function bodyOf(response: Response): Promise<any> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}
