// A request's async context must not outlive it through a rate limiter's timer (one per key, up to
// a day long): lib/http/outside-requests.ts. Garbage collection is asked for through V8's flag.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { captureOutsideRequests } from "@/lib/http/outside-requests";
import { createLimiter, spend, type Limiter } from "@/lib/http/rate-limit";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
// As instrumentation.ts does at start-up: here, outside any request.
captureOutsideRequests();

const requests = new AsyncLocalStorage<{ body: Uint8Array }>();

/** Whether a "request" that spent from a limiter with `use` is still in memory once it has ended. */
async function requestOutlives(use: (limit: Limiter, key: string) => Promise<unknown>): Promise<boolean> {
  const limit = createLimiter(`context-${randomUUID()}`, { points: 5, duration: 3600 }, null);
  let request: WeakRef<object> | undefined;
  await (async () => {
    const store = { body: new Uint8Array(1_000_000) };
    request = new WeakRef(store);
    await requests.run(store, () => use(limit, "203.0.113.7"));
  })();
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return request!.deref() !== undefined;
}

describe("rate limits and the request's context", () => {
  it("keep no request in memory after it ends", async () => {
    expect(await requestOutlives((limit, key) => spend([[limit, key]]))).toBe(false);
  });

  it("would, spending in the request's own context (the check above can fail)", async () => {
    expect(await requestOutlives((limit, key) => limit.consume(key))).toBe(true);
  });
});
