/**
 * Work a request starts but does not wait for (a password reset request answers first, so its timing tells nothing):
 * kept track of, so a process shutting down lets it finish within its grace instead of cutting it off mid-send.
 */
export interface BackgroundWork {
  /** Starts `work`; a failure goes to `onError` (nobody awaits it). */
  run(work: () => Promise<void>, onError: (error: unknown) => void): void;
  /** Waits for the work started so far. */
  drain(): Promise<void>;
}

export function createBackgroundWork(): BackgroundWork {
  const inFlight = new Set<Promise<void>>();
  return {
    run(work, onError) {
      const running: Promise<void> = work()
        .catch(onError)
        .finally(() => inFlight.delete(running));
      inFlight.add(running);
    },
    async drain() {
      await Promise.all(inFlight);
    },
  };
}
