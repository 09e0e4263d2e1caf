#!/usr/bin/env node
/**
 * Entry point of `npm start` and `npm test` on a fresh clone. Plain JavaScript without dependencies, because it
 * runs before `npm install`: installs dependencies when missing or outdated, builds, then starts the stack (or Jest).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stdout.write(`» ${line}\n`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    say(`${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/** Reinstalls when node_modules is missing or was installed from another package-lock.json. */
function ensureDependencies() {
  const lockfile = path.join(root, 'package-lock.json');
  const stamp = path.join(root, 'node_modules', '.install-stamp');
  const wanted = createHash('sha256').update(readFileSync(lockfile)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  say('Installing dependencies with npm ci (first run, or package-lock.json changed)…');
  run(npm, ['ci', '--no-audit', '--no-fund'], 'npm ci');
  writeFileSync(stamp, wanted);
}

function build() {
  say('Building (TypeScript, Prisma client, workflow bundle)…');
  run(npm, ['run', '--silent', 'build'], 'The build');
}

/**
 * The browser tests drive Debian's Chromium (npm's browser downloads do not work offline). Installed with apt-get when
 * missing and this runs as root; otherwise the tests say what to install.
 */
function ensureBrowser() {
  const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(browser)) return;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) {
    say(`No Chromium at ${browser}: the browser tests will fail. Install Debian's chromium package or set CHROMIUM_PATH.`);
    return;
  }
  say('Installing Chromium for the browser tests (apt-get install chromium, once)…');
  const install = ['install', '-y', '--no-install-recommends', 'chromium'];
  if (spawnSync('apt-get', install, { stdio: 'inherit' }).status === 0) return;
  // Package lists may be missing or stale on a new machine.
  run('apt-get', ['update'], 'apt-get update');
  run('apt-get', install, 'Installing Chromium');
}

function runJest(args) {
  const jest = spawnSync(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...args], { cwd: root, stdio: 'inherit' });
  process.exit(jest.status ?? 1);
}

const [command, ...args] = process.argv.slice(2);
ensureDependencies();
if (command === 'deps') {
  process.exit(0);
} else if (command === 'start') {
  build();
  // The stack runs in its own process group, so a terminal's Ctrl-C reaches only this process; it is forwarded once,
  // and the stack stops in order (API and worker drain before Temporal and PostgreSQL go down).
  const stack = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist', 'scripts', 'dev.js')], {
    cwd: root,
    stdio: 'inherit',
    detached: true,
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stack.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
  stack.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else if (command === 'test') {
  // The suite also starts the stack the way `npm start` does, from the compiled output.
  build();
  ensureBrowser();
  runJest(args);
} else if (command === 'test:unit') {
  // Pure modules only: no build, no browser, no Temporal or PostgreSQL.
  runJest(['--selectProjects', 'unit', '--maxWorkers=2', ...args]);
} else {
  say('Usage: node scripts/bootstrap.mjs deps|start|test|test:unit [jest args]');
  process.exit(2);
}
