/**
 * Groups items that arrive together for the same key into batches: at most `lanes` batches in flight per key, each
 * of at most `maxBatch` items; whatever queued while they ran goes out as the next batch. Nothing waits on a timer:
 * a lone item is sent at once, and under load the queue itself forms the batches. The API sends a limited link's
 * clicks through it, so the link's workflow handles one update per batch instead of one per click; the session
 * starter dispatches the `session.created` events of a burst's sessions in batches the same way.
 */
export class KeyedBatcher<I, O> {
  private readonly queues = new Map<string, { running: number; waiting: { item: I; resolve: (out: O) => void; reject: (error: unknown) => void }[] }>();

  constructor(
    private readonly lanes: number,
    private readonly maxBatch: number,
    /** Answers one output per item, in order; a throw fails every item of the batch. */
    private readonly send: (key: string, items: I[]) => Promise<O[]>,
  ) {}

  run(key: string, item: I): Promise<O> {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { running: 0, waiting: [] };
      this.queues.set(key, queue);
    }
    const answered = new Promise<O>((resolve, reject) => queue.waiting.push({ item, resolve, reject }));
    if (queue.running < this.lanes) void this.drain(key, queue);
    return answered;
  }

  private async drain(key: string, queue: { running: number; waiting: { item: I; resolve: (out: O) => void; reject: (error: unknown) => void }[] }) {
    queue.running += 1;
    try {
      while (queue.waiting.length > 0) {
        const batch = queue.waiting.splice(0, this.maxBatch);
        try {
          const outputs = await this.send(key, batch.map((entry) => entry.item));
          batch.forEach((entry, index) => entry.resolve(outputs[index] as O));
        } catch (error) {
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      queue.running -= 1;
      if (queue.running === 0 && queue.waiting.length === 0) this.queues.delete(key);
    }
  }
}
