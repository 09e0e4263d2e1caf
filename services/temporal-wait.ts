/** Bounded waits on Temporal: past the bound the API answers 503 instead of hanging; the work itself goes on. */
import { WorkflowFailedError } from '@temporalio/client';
import { AppError } from '../lib/errors';

export const WORKER_WAIT_MS = 15_000;

export async function waitForWorker<T>(result: Promise<T>, what: string, ms = WORKER_WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new AppError('SERVICE_UNAVAILABLE', `The worker did not confirm the ${what} in time; it is queued. Retry with the same Idempotency-Key to get its result.`)),
      ms,
    );
  });
  try {
    return await Promise.race([result, timeout]);
  } catch (error) {
    if (error instanceof WorkflowFailedError) throw new AppError('INTERNAL_ERROR', `The ${what} failed; it has been logged`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
