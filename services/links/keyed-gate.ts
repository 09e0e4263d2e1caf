/**
 * At most `limit` concurrent tasks per key, the rest queued in arrival order. The API sends a link's clicks through
 * it so one process stays under Temporal's limit of 10 updates in flight per workflow instead of provoking
 * RESOURCE_EXHAUSTED refusals and their backoff.
 */
export class KeyedGate {
  private readonly lanes = new Map<string, { running: number; waiting: (() => void)[] }>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { running: 0, waiting: [] };
      this.lanes.set(key, lane);
    }
    if (lane.running >= this.limit) await new Promise<void>((resolve) => lane.waiting.push(resolve));
    lane.running += 1;
    try {
      return await task();
    } finally {
      lane.running -= 1;
      const next = lane.waiting.shift();
      if (next) next();
      else if (lane.running === 0) this.lanes.delete(key);
    }
  }
}
