/** Runs the API and the worker as child processes with prefixed output, and stops them in order. */
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { redactText } from '../../lib/log-redaction';
import { stopProcess } from './temporal-dev-server';

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process exits, with its exit code (or signal name). */
  exited: Promise<string>;
}

export function startNodeProcess(name: string, script: string, env: NodeJS.ProcessEnv): ManagedProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    // The children's loggers redact already; this also covers what they print outside them (a crash's stack).
    readline.createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${redactText(line)}\n`));
  }
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? String(code)));
  });
  return { name, child, exited };
}

export async function stopAll(processes: ManagedProcess[]): Promise<void> {
  await Promise.all(processes.map((managed) => stopProcess(managed.child)));
}
