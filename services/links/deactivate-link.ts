/** Deactivates a reusable link (the API and the dashboard alike): a signal, then a bounded wait for the workflow to record it. */
import { WorkflowNotFoundError } from '@temporalio/client';
import type { Link } from '@prisma/client';
import { setTimeout as sleep } from 'node:timers/promises';
import { deactivateSignal, workflowIds } from '../../workflows/definitions';
import type { ServiceDeps } from '../deps';

/** How long deactivation waits for the workflow to record it before answering with the workflow's own state. */
const DEACTIVATION_WAIT_MS = 10_000;

/** Deactivates an active link for good; a link already EXHAUSTED, EXPIRED or DEACTIVATED is returned unchanged. */
export async function deactivateLink({ db, temporal }: Pick<ServiceDeps, 'db' | 'temporal'>, link: Link): Promise<Link> {
  if (link.status !== 'ACTIVE') return link;
  try {
    await temporal.workflow.getHandle(workflowIds.magicLink(link.id)).signal(deactivateSignal);
  } catch (error) {
    // Its workflow already finished (expired or used up a moment ago): the row says which.
    if (!(error instanceof WorkflowNotFoundError)) throw error;
  }
  const deadline = Date.now() + DEACTIVATION_WAIT_MS;
  for (;;) {
    const current = await db.link.findUniqueOrThrow({ where: { id: link.id } });
    if (current.status !== 'ACTIVE') return current;
    if (Date.now() > deadline) {
      // The signal is durable; only its projection is late (worker busy or down).
      return { ...current, status: 'DEACTIVATED' };
    }
    await sleep(50);
  }
}
