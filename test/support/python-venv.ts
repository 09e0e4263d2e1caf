/**
 * Python tools the tests run (schemathesis), installed from PyPI into a project-local virtual environment under
 * `.tools/` — where the pinned Temporal wheels go too — keyed by the hash of its pinned requirements file, so a run
 * reuses it and a changed pin gets a new one. Installing needs `python3` (with its `venv` module) and PyPI; without
 * them the test that needs the tool fails with a message saying so, rather than passing without running.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/paths';

/** Written last, so a venv whose install was cut short is made again. */
const COMPLETE_STAMP = '.installed';

export interface PythonVenv {
  dir: string;
  /** The path of an executable the venv's packages installed. */
  bin(name: string): string;
}

export function ensurePythonVenv(name: string, requirementsFile: string, log: (line: string) => void = () => undefined): PythonVenv {
  const requirements = readFileSync(requirementsFile);
  const hash = createHash('sha256').update(requirements).digest('hex').slice(0, 12);
  const dir = path.join(PROJECT_ROOT, '.tools', `${name}-${hash}`);
  const venv = { dir, bin: (binary: string) => path.join(dir, 'bin', binary) };
  if (existsSync(path.join(dir, COMPLETE_STAMP))) return venv;

  rmSync(dir, { recursive: true, force: true });
  const python = process.env.PYTHON ?? 'python3';
  const created = spawnSync(python, ['-m', 'venv', dir], { encoding: 'utf8' });
  if (created.status !== 0) {
    throw new Error(
      `Cannot create the Python venv for ${name} (${python} -m venv ${dir}): ${created.error?.message ?? created.stderr.trim()}.\n` +
        'Install Python 3 with its venv module (Debian: apt-get install python3 python3-venv) or point PYTHON at one.',
    );
  }
  log(`Installing ${name} from PyPI into ${path.relative(PROJECT_ROOT, dir)}/ (pinned in ${path.relative(PROJECT_ROOT, requirementsFile)}; once)…`);
  try {
    execFileSync(venv.bin('python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-input', '-r', requirementsFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`pip could not install ${path.relative(PROJECT_ROOT, requirementsFile)} into a venv (PyPI must be reachable):\n${stderr ?? String(error)}`);
  }
  writeFileSync(path.join(dir, COMPLETE_STAMP), `${hash}\n`);
  return venv;
}
