/**
 * A copy of this checkout somewhere else (e.g. inside a private directory), as a fresh clone would be after its
 * first install: the sources copied, installed packages and tools hard-linked (fast, no disk), the parts that
 * installs and builds rewrite (Prisma's generated client, the build output) left out or copied for real.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/paths';

const NOT_COPIED = new Set(['.git', '.data', 'dist', 'node_modules', '.tools', 'coverage', 'test-artifacts']);
const HARD_LINKED = ['node_modules', '.tools'];
// Written by `prisma generate` on every build: a hard link would let the copy rewrite the original's files.
const REWRITTEN_BY_BUILD = [path.join('node_modules', '.prisma')];

export function copyProject(target: string): string {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (!NOT_COPIED.has(entry)) cpSync(path.join(PROJECT_ROOT, entry), path.join(target, entry), { recursive: true, verbatimSymlinks: true });
  }
  for (const dir of HARD_LINKED) {
    if (existsSync(path.join(PROJECT_ROOT, dir))) execFileSync('cp', ['-al', path.join(PROJECT_ROOT, dir), path.join(target, dir)]);
  }
  for (const dir of REWRITTEN_BY_BUILD) {
    rmSync(path.join(target, dir), { recursive: true, force: true });
    if (existsSync(path.join(PROJECT_ROOT, dir))) cpSync(path.join(PROJECT_ROOT, dir), path.join(target, dir), { recursive: true });
  }
  return target;
}
