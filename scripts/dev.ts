/**
 * `npm start`: the whole stack on embedded defaults. Temporal dev server (unless TEMPORAL_ADDRESS is set), embedded
 * PostgreSQL (unless DATABASE_URL is set), migrations, first-start seed, worker and API; prints where to go.
 * Ctrl-C / SIGTERM stops the API and worker first (they drain), then Temporal and PostgreSQL.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDatabase } from '../lib/db';
import { startNodeProcess, stopAll, type ManagedProcess } from './lib/child-processes';
import { developmentDataKey } from './lib/data-key';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './lib/embedded-postgres';
import { applyMigrations } from './lib/migrate';
import { PROJECT_ROOT } from './lib/paths';
import { seedIfEmpty, type SeededCredentials } from './lib/seed';
import { resolveTemporalCli } from './lib/temporal-cli';
import { startTemporalDevServer, type RunningDevServer } from './lib/temporal-dev-server';

const say = (line: string) => process.stdout.write(`» ${line}\n`);
const numberFromEnv = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main(): Promise<void> {
  const startedAt = Date.now();
  const envFile = path.join(PROJECT_ROOT, '.env');
  if (existsSync(envFile)) {
    process.loadEnvFile(envFile);
    say('Loaded settings from .env');
  }
  const dataDir = path.resolve(PROJECT_ROOT, process.env.DATA_DIR ?? '.data');
  mkdirSync(dataDir, { recursive: true });
  const port = numberFromEnv('PORT', 3000);
  const stoppers: (() => Promise<void>)[] = [];
  let children: ManagedProcess[] = [];
  let stopping = false;

  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    say(`${reason}: stopping…`);
    await stopAll(children);
    for (const stop of stoppers.reverse()) await stop().catch((error: unknown) => say(`while stopping: ${String(error)}`));
    say('stopped.');
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void shutdown('Ctrl-C', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));

  try {
    const database = await provisionDatabase(dataDir, stoppers);
    const temporal = await provisionTemporal(dataDir, stoppers);

    say('Applying database migrations…');
    await applyMigrations(database.url);
    const db = createDatabase(database.url, 2);
    const credentials = await seedIfEmpty(db, numberFromEnv('STARTING_CREDITS', 100));
    await db.$disconnect();
    if (credentials && database.embedded) writeCredentials(dataDir, credentials);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_UI_URL: process.env.TEMPORAL_UI_URL ?? temporal.uiUrl,
      DATA_DIR: dataDir,
      DOCUMENT_STORE_DIR: process.env.DOCUMENT_STORE_DIR ?? path.join(dataDir, 'documents'),
      DATA_ENCRYPTION_KEY: developmentDataKey(dataDir, say),
    };
    say('Starting the workflow worker, the checks worker (verification engine) and the API…');
    children = [
      // Workers log warnings and errors only unless LOG_LEVEL says otherwise: the banner stays the last thing printed.
      startNodeProcess('worker', path.join(PROJECT_ROOT, 'dist/worker/main.js'), { ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }),
      startNodeProcess('checks', path.join(PROJECT_ROOT, 'dist/worker/checks-main.js'), { ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }),
      startNodeProcess('api', path.join(PROJECT_ROOT, 'dist/api/main.js'), env),
    ];
    for (const child of children) {
      void child.exited.then((code) => shutdown(`${child.name} exited unexpectedly (${code})`, 1));
    }
    await waitForHttp(`http://127.0.0.1:${port}/healthz`);
    printBanner({ port, temporalUiUrl: temporal.uiUrl, credentials, dataDir, embeddedDb: database.embedded, seconds: (Date.now() - startedAt) / 1000 });
  } catch (error) {
    // One readable message (service, cause, what to do), not a stack trace; then stop whatever did start.
    say(`✖ ${error instanceof Error ? error.message : String(error)}`);
    await shutdown('Start failed', 1);
  }
}

async function provisionDatabase(dataDir: string, stoppers: (() => Promise<void>)[]): Promise<{ url: string; embedded: boolean }> {
  if (process.env.DATABASE_URL) {
    say('Using the PostgreSQL database at DATABASE_URL.');
    return { url: process.env.DATABASE_URL, embedded: false };
  }
  const pgPort = numberFromEnv('EMBEDDED_POSTGRES_PORT', 5433);
  say(`Starting embedded PostgreSQL on 127.0.0.1:${pgPort} (data in ${path.relative(PROJECT_ROOT, dataDir)}/postgres)…`);
  const server: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: pgPort, log: say });
  stoppers.push(() => server.stop());
  await server.ensureDatabase('magiclink');
  return { url: server.urlFor('magiclink'), embedded: true };
}

async function provisionTemporal(dataDir: string, stoppers: (() => Promise<void>)[]): Promise<RunningDevServer | { address: string; uiUrl: string }> {
  if (process.env.TEMPORAL_ADDRESS) {
    say(`Using the Temporal service at TEMPORAL_ADDRESS=${process.env.TEMPORAL_ADDRESS}.`);
    return { address: process.env.TEMPORAL_ADDRESS, uiUrl: process.env.TEMPORAL_UI_URL ?? 'http://localhost:8233' };
  }
  const binary = resolveTemporalCli(say);
  say(`Starting the Temporal dev server (${binary.type === 'existing-path' ? `${binary.path}, from ${binary.source}` : binary.source}); state in ${path.relative(PROJECT_ROOT, dataDir)}/temporal.db…`);
  const server = await startTemporalDevServer({
    binary,
    dataDir,
    port: numberFromEnv('TEMPORAL_PORT', 7233),
    uiPort: numberFromEnv('TEMPORAL_UI_PORT', 8233),
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    log: say,
  });
  stoppers.push(() => server.stop());
  return server;
}

function writeCredentials(dataDir: string, credentials: SeededCredentials): void {
  writeFileSync(path.join(dataDir, 'dev-credentials.json'), `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

function printBanner(info: { port: number; temporalUiUrl: string; credentials: SeededCredentials | null; dataDir: string; embeddedDb: boolean; seconds: number }): void {
  const api = `http://localhost:${info.port}`;
  const lines = [
    '',
    `Magic Link is running (ready in ${info.seconds.toFixed(1)} s).`,
    `  API            ${api}/api/v1`,
    `  API docs       ${api}/docs`,
    `  Dashboard      ${api}/dashboard`,
    `  Temporal UI    ${info.temporalUiUrl}`,
    `  Health         ${api}/readyz`,
  ];
  if (info.credentials) {
    const { apiKey, dashboard } = info.credentials;
    lines.push(
      '',
      'First start: these credentials are shown once' + (info.embeddedDb ? ` (also saved to ${path.relative(PROJECT_ROOT, info.dataDir)}/dev-credentials.json):` : ':'),
      `  API key id     ${apiKey.id}`,
      `  API secret     ${apiKey.secret}`,
      `  Dashboard      ${dashboard.email} / ${dashboard.password}`,
      '',
      `  Try it:  curl -u ${apiKey.id}:${apiKey.secret} ${api}/api/v1/account`,
    );
  } else if (info.embeddedDb) {
    lines.push('', `Credentials from the first start are in ${path.relative(PROJECT_ROOT, info.dataDir)}/dev-credentials.json.`);
  }
  lines.push('', 'Press Ctrl-C to stop everything.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
