/**
 * The time-skipping test server, for tests of durable timers (expiry, retention, retry schedules): resolved like the
 * dev server (env path → pinned PyPI wheel in .tools/ → SDK download), so it works offline.
 */
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { resolveTemporalTestServer } from '../../scripts/lib/temporal-cli';

export async function startTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const binary = resolveTemporalTestServer((line) => process.stdout.write(`${line}\n`));
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: {
      executable: binary.type === 'existing-path' ? { type: 'existing-path', path: binary.path } : { type: 'cached-download' },
    },
  });
  return env;
}

