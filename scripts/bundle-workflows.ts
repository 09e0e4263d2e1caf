/** Prebuilds the workflow bundle for production workers (no webpack at worker start). Part of `npm run build`. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { PROJECT_ROOT } from './lib/paths';

const WORKFLOWS_DIR = path.join(PROJECT_ROOT, 'workflows');
const OUTPUT = path.join(PROJECT_ROOT, 'dist', 'workflow-bundle.js');
const STAMP = `${OUTPUT}.sha256`;

/** Workflow sources and the lockfile decide the bundle; unchanged inputs skip the (slow) webpack run. */
function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(WORKFLOWS_DIR).sort()) hash.update(file).update(readFileSync(path.join(WORKFLOWS_DIR, file)));
  hash.update(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json')));
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const hash = inputsHash();
  if (existsSync(OUTPUT) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
  const { code } = await bundleWorkflowCode({ workflowsPath: path.join(WORKFLOWS_DIR, 'index.ts') });
  writeFileSync(OUTPUT, code);
  writeFileSync(STAMP, hash);
  process.stdout.write(`Workflow bundle written to ${path.relative(PROJECT_ROOT, OUTPUT)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
