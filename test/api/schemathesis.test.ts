/**
 * Schemathesis (pinned in test/schemathesis/requirements.txt, installed from PyPI into a project venv) generates
 * requests from the served OpenAPI document and sends them to the compiled API (`dist/api/main.js`, as deployed) on
 * the suite's real Temporal server, worker and PostgreSQL. No answer may be a 5xx, every answer must match the
 * document (status, content type, body schema), and a method a documented path does not list must be a 405 with
 * `Allow`. Every operation is tested: email and SMS go to the outbox, and webhooks to a receiver on loopback
 * (test/schemathesis/hooks.py points generated webhook and callback URLs at it).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../../lib/db';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { startCompiledApi, type CompiledApi } from '../support/compiled-api';
import { createTestAccount, testEnv, type TestAccount } from '../support/harness';
import { ensurePythonVenv, type PythonVenv } from '../support/python-venv';
import { startReceiver, type Receiver } from '../support/receivers';

/**
 * Bounded so the run takes a few minutes on two cores: a fixed seed, at most this many generated cases per operation
 * and phase (examples, coverage, fuzzing, stateful), one worker.
 */
const SCHEMATHESIS_SETTINGS = ['--seed', '20261205', '--max-examples', '8', '--workers', '1', '--generation-database', 'none'];
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'unsupported_method',
  'allow_header_conformance',
];
const RUN_TIMEOUT_MS = 15 * 60_000;
const OUTPUT_FILE = path.join(PROJECT_ROOT, 'test-artifacts', 'schemathesis', 'output.txt');

let venv: PythonVenv;
let receiver: Receiver;
let api: CompiledApi;
let db: Database;
let account: TestAccount;

beforeAll(async () => {
  venv = ensurePythonVenv('schemathesis', path.join(PROJECT_ROOT, 'test', 'schemathesis', 'requirements.txt'), (line) => process.stdout.write(`${line}\n`));
  receiver = await startReceiver();
  // Schemathesis sends wrong credentials on purpose: with the default allowance the throttle would lock the key
  // and the address out within seconds, and the rest of the run would see nothing but 429s.
  api = await startCompiledApi({ AUTH_MAX_FAILURES: '1000' });
  db = createDatabase(testEnv().DATABASE_URL!, 2);
  account = await createTestAccount(db, 1_000_000);
}, 5 * 60_000);

afterAll(async () => {
  if (api) {
    const exited = new Promise((resolve) => api.child.once('exit', resolve));
    api.child.kill('SIGTERM');
    await exited;
  }
  await receiver?.close();
  await db?.$disconnect();
});

/**
 * Revoking API keys runs last, in a run of its own: schemathesis reuses ids it has seen in answers (GET /api-keys
 * lists the key it authenticates with), and once that key is revoked everything else would only see 401s — and,
 * after enough of them, the throttle's 429s.
 */
const REVOKE_KEY = '/api/v1/api-keys/{id}';

test(
  'schemathesis finds no server error and no answer the OpenAPI document does not describe',
  async () => {
    const runs = [await schemathesis(['--exclude-path', REVOKE_KEY]), await schemathesis(['--include-path', REVOKE_KEY])];
    const output = runs.map((run) => run.output).join('\n');
    mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
    writeFileSync(OUTPUT_FILE, output);
    if (runs.some((run) => run.exitCode !== 0)) {
      const exitCodes = runs.map((run) => run.exitCode).join(', ');
      throw new Error(`schemathesis exited with ${exitCodes}:\n${output}\n\nAPI log (errors):\n${api.log.join('\n') || '(none)'}`);
    }
    expect(runs.map((run) => /Selected: (\d+)\/(\d+)/.exec(run.output)?.slice(1).map(Number))).toEqual([
      [expect.any(Number), expect.any(Number)],
      [1, expect.any(Number)],
    ]);

    // The hook kept every URL this service posts to on loopback.
    const endpoints = await db.webhookEndpoint.findMany({ where: { accountId: account.accountId }, select: { url: true } });
    expect(new Set(endpoints.map((endpoint) => endpoint.url))).toEqual(new Set(endpoints.length > 0 ? [receiver.url] : []));
  },
  RUN_TIMEOUT_MS,
);

async function schemathesis(selection: string[]): Promise<{ exitCode: number | null; output: string }> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'mlv-schemathesis-'));
  try {
    return await runProcess(
      venv.bin('schemathesis'),
      [
        'run',
        `${api.baseUrl}/api/openapi.json`,
        '--auth',
        `${account.keyId}:${account.secret}`,
        '--checks',
        CHECKS.join(','),
        ...SCHEMATHESIS_SETTINGS,
        ...selection,
        '--request-timeout',
        '30',
        '--no-color',
      ],
      {
        cwd: workDir,
        env: {
          ...process.env,
          PYTHONPATH: path.join(PROJECT_ROOT, 'test', 'schemathesis'),
          SCHEMATHESIS_HOOKS: 'hooks',
          SCHEMATHESIS_WEBHOOK_RECEIVER: receiver.url,
        },
      },
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Runs a process without blocking this one (the suite's worker shares its event loop); output interleaved. */
function runProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, output: Buffer.concat(chunks).toString('utf8') }));
  });
}
