/**
 * A fixed set of long-lived workers lent out one task at a time: tesseract workers hold their engine and language
 * data (tens of MB each), so they are started once and reused, and the pool's size bounds CPU and memory.
 */
export interface WorkerPool<W> {
  use<T>(task: (worker: W) => Promise<T>): Promise<T>;
  /** Waits for the tasks already lent a worker, then ends every worker; later tasks are refused. */
  close(): Promise<void>;
}

export function createWorkerPool<W>(workers: W[], end: (worker: W) => Promise<void>): WorkerPool<W> {
  const idle = [...workers];
  const waiting: ((worker: W) => void)[] = [];
  const busy = new Set<Promise<unknown>>();
  let closed = false;

  function borrow(): Promise<W> {
    const worker = idle.pop();
    if (worker !== undefined) return Promise.resolve(worker);
    return new Promise((resolve) => waiting.push(resolve));
  }

  function giveBack(worker: W): void {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  }

  return {
    async use(task) {
      if (closed) throw new Error('The OCR workers are closed');
      const worker = await borrow();
      const running = task(worker);
      const settled = running.catch(() => undefined);
      busy.add(settled);
      try {
        return await running;
      } finally {
        busy.delete(settled);
        giveBack(worker);
      }
    },
    async close() {
      closed = true;
      await Promise.all(busy);
      await Promise.all(workers.map(end));
    },
  };
}
