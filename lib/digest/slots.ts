// Bounded concurrency: at most `size` tasks in flight; `start` waits for a free slot, which is
// what keeps a run over 100,000 subscribers from queueing them all in memory. A task that throws
// stops the run: the error is kept (never left as an unhandled rejection) and thrown by the next
// `start` or by `drain`, after the tasks already in flight have finished.
export interface Slots {
  start(task: () => Promise<void>): Promise<void>;
  /** Resolves when every started task has finished; throws the first error a task threw. */
  drain(): Promise<void>;
}

export function createSlots(size: number): Slots {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const rethrow = () => {
    if (failure) throw failure.error;
  };
  return {
    async start(task) {
      while (running.size >= size) await Promise.race(running);
      rethrow();
      const promise: Promise<void> = task()
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    async drain() {
      await Promise.all(running);
      rethrow();
    },
  };
}
