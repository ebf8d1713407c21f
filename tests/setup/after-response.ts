// Stands in for lib/http/after-response.ts in Vitest, where route handlers run outside a Next
// request and Next's after() has no response to wait for. A task starts once the handler has
// returned, as in Next; tests that check its effects (the confirmation email) wait for it with
// settleAfterTasks(), which rethrows what a task threw.
const pending: Promise<unknown>[] = [];

export function afterResponse(task: () => unknown): void {
  const run = new Promise((resolve) => setImmediate(resolve)).then(task);
  // Kept for settleAfterTasks to report; a test that never settles must not see it as unhandled.
  run.catch(() => {});
  pending.push(run);
}

export async function settleAfterTasks(): Promise<void> {
  const tasks = pending.splice(0);
  const results = await Promise.allSettled(tasks);
  for (const result of results) if (result.status === "rejected") throw result.reason;
}
