/**
 * Runs `temporal server start-dev` for `npm start`: state persisted in `.data/temporal.db` (SQLite, with the pragmas
 * below), Web UI on its own port, the project's search attributes registered.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import { SEARCH_ATTRIBUTES, SEARCH_ATTRIBUTE_FLAGS } from '../../workflows/definitions';
import { isListening } from './ports';
import { ServiceStartError } from './service-start-error';
import type { ResolvedBinary } from './temporal-cli';

export interface DevServerOptions {
  binary: ResolvedBinary;
  dataDir: string;
  port: number;
  uiPort: number;
  namespace: string;
  log: (line: string) => void;
}

export interface RunningDevServer {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
}

const SERVICE = 'The Temporal dev server';

/**
 * SQLite settings of `npm start`'s Temporal state, chosen by `npm run bench:engine` (docs/performance.md): a
 * write-ahead log synced at checkpoints starts about 4× the workflows a second of the default journal synced at every
 * commit. A crash of the process loses nothing; a crash of the machine (power, kernel) may lose the commits since the
 * last checkpoint, never the file's consistency — which `synchronous=off` does not promise, for no measurable gain here.
 */
export const DEV_SERVER_SQLITE_PRAGMAS = ['journal_mode=wal', 'synchronous=normal'] as const;
const READY_TIMEOUT_MS = 90_000;

export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  const address = `127.0.0.1:${options.port}`;
  const uiUrl = `http://localhost:${options.uiPort}`;
  for (const port of [options.port, options.uiPort]) {
    if (await isListening(port)) {
      throw new ServiceStartError(SERVICE, `port ${port} on 127.0.0.1 is already in use by another program`, 'Is another Temporal server running? Stop it, set TEMPORAL_PORT / TEMPORAL_UI_PORT to free ports, or set TEMPORAL_ADDRESS to use it');
    }
  }
  if (options.binary.type === 'sdk-download') return startThroughSdk(options, address, uiUrl);

  const logFile = path.join(options.dataDir, 'temporal.log');
  const logFd = openSync(logFile, 'a');
  const child = spawn(
    options.binary.path,
    [
      'server', 'start-dev',
      '--db-filename', path.join(options.dataDir, 'temporal.db'),
      '--ip', '127.0.0.1',
      '--port', String(options.port),
      '--ui-port', String(options.uiPort),
      '--namespace', options.namespace,
      '--log-level', 'warn',
      ...DEV_SERVER_SQLITE_PRAGMAS.flatMap((pragma) => ['--sqlite-pragma', pragma]),
      ...SEARCH_ATTRIBUTE_FLAGS.flatMap((flag) => ['--search-attribute', flag]),
    ],
    { stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  const exited = new Promise<never>((_resolve, reject) => {
    child.once('exit', (code) => reject(new ServiceStartError(SERVICE, `temporal server start-dev exited (code ${code})`, `Its log is ${logFile}; its last lines follow`, tail(logFile))));
    child.once('error', (error) => reject(new ServiceStartError(SERVICE, `the Temporal CLI could not run (${error.message})`, 'Check the Temporal CLI binary, or set TEMPORAL_CLI_PATH / TEMPORAL_ADDRESS')));
  });
  exited.catch(() => undefined);
  try {
    await Promise.race([waitUntilServing(address, options.namespace), exited]);
    await ensureSearchAttributes(address, options.namespace);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { address, uiUrl, stop: () => stopProcess(child) };
}

async function startThroughSdk(options: DevServerOptions, address: string, uiUrl: string): Promise<RunningDevServer> {
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'cached-download' },
      dbFilename: path.join(options.dataDir, 'temporal.db'),
      ip: '127.0.0.1',
      port: options.port,
      ui: true,
      uiPort: options.uiPort,
      namespace: options.namespace,
      searchAttributes: Object.values(SEARCH_ATTRIBUTES),
      extraArgs: DEV_SERVER_SQLITE_PRAGMAS.flatMap((pragma) => ['--sqlite-pragma', pragma]),
    },
  });
  return { address, uiUrl, stop: () => env.teardown() };
}

async function waitUntilServing(address: string, namespace: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2_000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      if (Date.now() > deadline) throw new ServiceStartError(SERVICE, `it did not become ready at ${address} within ${READY_TIMEOUT_MS / 1000} s (${String(error)})`, 'Check the machine\'s load and the log in the data directory, then start again');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** start-dev registers attributes only when it creates its database; an older `.data/` may lack newer ones. */
async function ensureSearchAttributes(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
    const missing = Object.values(SEARCH_ATTRIBUTES).filter((key) => !customAttributes?.[key.name]);
    if (missing.length === 0) return;
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((key) => [key.name, proto.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD])),
    });
  } finally {
    await connection.close();
  }
}


/** SIGTERM, then SIGKILL if the process has not exited within `graceMs`. */
export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
