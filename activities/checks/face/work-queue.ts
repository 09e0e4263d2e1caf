/**
 * Runs at most `concurrency` tasks at once, the rest wait in order: each task holds a decoded photo and its
 * tensors, so the queue bounds memory as well as CPU.
 */
export interface WorkQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Refuses new tasks and resolves once the running and waiting ones have finished. */
  close(): Promise<void>;
}

export function createWorkQueue(concurrency: number): WorkQueue {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`Concurrency must be a positive integer, got ${concurrency}`);
  const waiting: (() => void)[] = [];
  const unfinished = new Set<Promise<unknown>>();
  let running = 0;
  let closed = false;

  async function takeTurn(): Promise<void> {
    if (running < concurrency) {
      running++;
      return;
    }
    // The finishing task hands its slot over, so `running` stays counted.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new Error('The face engine is closed'));
      const result = takeTurn().then(async () => {
        try {
          return await task();
        } finally {
          release();
        }
      });
      const settled = result.catch(() => undefined);
      unfinished.add(settled);
      void settled.then(() => unfinished.delete(settled));
      return result;
    },
    async close() {
      closed = true;
      await Promise.all(unfinished);
    },
  };
}
