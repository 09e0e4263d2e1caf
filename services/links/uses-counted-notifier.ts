/**
 * Tells an UNLIMITED link's workflow that clicks were counted in its row (`usesCounted`), at most once per
 * NOTIFY_INTERVAL_MS per link from this process: while clicks happen the workflow re-reads the count every couple
 * of seconds, so `getState` is at most a few seconds stale, and an idle link costs no signal and no history.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { usesCountedSignal, workflowIds } from '../../workflows/definitions';

const NOTIFY_INTERVAL_MS = 1_000;

export type UsesCountedNotifier = (linkId: string) => Promise<void>;

export function createUsesCountedNotifier(temporal: Client): UsesCountedNotifier {
  const lastSent = new Map<string, number>();
  return async (linkId) => {
    const now = Date.now();
    if (now - (lastSent.get(linkId) ?? 0) < NOTIFY_INTERVAL_MS) return;
    // Forget links not clicked lately, so the map stays as small as the set of links being clicked.
    for (const [key, at] of lastSent) if (now - at >= NOTIFY_INTERVAL_MS) lastSent.delete(key);
    lastSent.set(linkId, now);
    try {
      await temporal.workflow.getHandle(workflowIds.magicLink(linkId)).signal(usesCountedSignal);
    } catch (error) {
      // The link ended meanwhile: its workflow took the final count from the row.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  };
}
