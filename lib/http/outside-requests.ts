// A timer keeps the async context it was created in until it fires: every AsyncLocalStorage's
// store, and through Next's, the request, its response and what was rendered for it. The in-memory
// rate limiters set one timer per key, to forget the key when its window ends (a minute to a day),
// so every vote or search from a new address kept its whole request in memory that long: the
// soak's heap grew ~25 MB a minute. Their timers are made in a context captured at start-up, when
// no request is running (instrumentation.ts).
import { AsyncLocalStorage } from "node:async_hooks";

type Runner = <T>(fn: () => T) => T;

// On globalThis: instrumentation.ts and the routes are bundled apart.
const globalForContext = globalThis as unknown as { outsideRequests?: Runner };

/** Captures the current async context as the one `outsideRequests` runs in: call it at start-up, outside any request. */
export function captureOutsideRequests(): void {
  globalForContext.outsideRequests ??= AsyncLocalStorage.snapshot() as Runner;
}

/** `fn()`, in the context captured at start-up (where timers and promises made by `fn` keep no request alive). */
export function outsideRequests<T>(fn: () => T): T {
  const run = globalForContext.outsideRequests;
  return run ? run(fn) : fn();
}
