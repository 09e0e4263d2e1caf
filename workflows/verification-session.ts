import { proxyActivities, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { SEARCH_ATTRIBUTES, type VerificationSessionInput } from './definitions';

const { expireSession } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * One verification session (id `session:<ses_id>`). This first slice holds the `expiryTime` timer: a session nobody
 * completes by `expiresAt` expires, and its reserved credit is released. The hosted flow's steps (start, uploads,
 * submit, review) extend this workflow.
 */
export async function verificationSessionWorkflow(input: VerificationSessionInput): Promise<void> {
  await sleep(Math.max(0, Date.parse(input.expiresAt) - Date.now()));
  const status = await expireSession({ sessionId: input.sessionId, occurredAt: new Date(Date.now()).toISOString() });
  if (status) upsertSearchAttributes([{ key: SEARCH_ATTRIBUTES.SessionStatus, value: status }]);
}
