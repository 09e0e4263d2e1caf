/** The compiled API (`dist/api/main.js`, as deployed) as a child process, for tests that send it real traffic or kill it. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { testEnv } from './harness';
import { freePort } from './ports';

export interface CompiledApi {
  child: ChildProcess;
  baseUrl: string;
  log: string[];
}

/** On a free port of 127.0.0.1, on the suite's database and Temporal server; `overrides` as in `testEnv`. */
export async function startCompiledApi(overrides: Record<string, string> = {}): Promise<CompiledApi> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(PROJECT_ROOT, 'dist', 'api', 'main.js')], {
    env: { ...process.env, ...testEnv({ PORT: String(port), HOST: '127.0.0.1', PUBLIC_BASE_URL: baseUrl, LOG_LEVEL: 'error', ...overrides }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8').trimEnd()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${log.join('\n')}`);
    const healthy = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { child, baseUrl, log };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The API did not answer /healthz within a minute:\n${log.join('\n')}`);
}
