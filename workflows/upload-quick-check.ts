import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { EngineActivities } from '../activities/checks/read-submission';
import { checksTaskQueueFor, type UploadQuickCheckInput } from './definitions';

/**
 * A quick look at one upload, before Submit (id `upload-check:<doc_id>`): does a document photo show its MRZ, does a
 * selfie show one face? The API waits for the answer and refuses a blank or wrong photo on the spot. Short-lived by
 * design: if no checks worker answers in time the upload is accepted, and the full checks after Submit still judge it.
 */
export async function uploadQuickCheckWorkflow(input: UploadQuickCheckInput): Promise<string | null> {
  const engine = proxyActivities<EngineActivities>({
    taskQueue: checksTaskQueueFor(workflowInfo().taskQueue),
    scheduleToCloseTimeout: '20 seconds',
    retry: { maximumAttempts: 2 },
  });
  try {
    return await engine.quickCheckUpload(input);
  } catch {
    return null;
  }
}
