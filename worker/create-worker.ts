/** Builds the worker from its dependencies; `main.ts` and the tests both use it. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../activities';
import { finalActivityFailures } from './final-activity-failures';

export interface WorkerDeps extends ActivityDeps {
  connection: NativeConnection;
  namespace: string;
}

/** Built by `npm run build` (scripts/bundle-workflows.ts); production workers load it instead of bundling. */
export const WORKFLOW_BUNDLE_PATH = path.resolve(__dirname, '..', 'workflow-bundle.js');

function workflowSource(): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  if (path.extname(__filename) === '.js' && existsSync(WORKFLOW_BUNDLE_PATH)) {
    return { workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } };
  }
  return { workflowsPath: require.resolve('../workflows') };
}

export async function createWorker(deps: WorkerDeps): Promise<Worker> {
  return Worker.create({
    connection: deps.connection,
    namespace: deps.namespace,
    taskQueue: deps.taskQueue,
    activities: createActivities(deps),
    interceptors: { activity: [finalActivityFailures] },
    ...workflowSource(),
  });
}
