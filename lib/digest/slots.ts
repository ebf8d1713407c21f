// Bounded concurrency: at most `size` tasks in flight; `start` waits for a free slot, which is
// what keeps a run over 100,000 subscribers from queueing them all in memory.
export interface Slots {
  start(task: () => Promise<void>): Promise<void>;
  /** Resolves when every started task has finished. */
  drain(): Promise<void>;
}

export function createSlots(size: number): Slots {
  const running = new Set<Promise<void>>();
  return {
    async start(task) {
      while (running.size >= size) await Promise.race(running);
      const promise: Promise<void> = task().finally(() => running.delete(promise));
      running.add(promise);
    },
    async drain() {
      await Promise.all(running);
    },
  };
}
