// Rate limits across instances: two limiters with connections of their own, as two processes of
// the app would have, spend from one budget in one scratch Redis; while Redis is away each falls
// back to counting in its own memory, and REDIS_URL alone makes the app's limiters use Redis.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLimiter, limiter, spend } from "@/lib/http/rate-limit";
import { closeRedis, connectRedis, type Redis } from "@/lib/redis/client";
import { startRedis, type ScratchRedis } from "../support/redis-server";

let server: ScratchRedis;
const opened: Redis[] = [];

function instance(): Redis {
  const client = connectRedis(server.url, "test");
  opened.push(client);
  return client;
}

async function ready(client: Redis): Promise<void> {
  await vi.waitFor(() => expect(client.isReady).toBe(true), { timeout: 5000 });
}

beforeAll(async () => {
  server = await startRedis();
  process.env.REDIS_URL = server.url;
});

afterAll(async () => {
  await Promise.allSettled(opened.map((client) => client.destroy()));
  await closeRedis();
  await server.stop();
});

describe("rate limits in Redis", () => {
  it("two instances spend from one budget", async () => {
    const [a, b] = [instance(), instance()];
    await Promise.all([ready(a), ready(b)]);
    const options = { points: 5, duration: 60 };
    const onA = createLimiter("shared-budget", options, a);
    const onB = createLimiter("shared-budget", options, b);
    for (let vote = 0; vote < 3; vote++) expect(await spend([[onA, "client-1"]])).toBeNull();
    for (let vote = 0; vote < 2; vote++) expect(await spend([[onB, "client-1"]])).toBeNull();
    // Each alone has spent less than 5; together they have spent all 5.
    const waitA = await spend([[onA, "client-1"]]);
    const waitB = await spend([[onB, "client-1"]]);
    expect(waitA).toBeGreaterThan(0);
    expect(waitA).toBeLessThanOrEqual(60);
    expect(waitB).toBeGreaterThan(0);
    // Another client's budget is untouched.
    expect(await spend([[onB, "client-2"]])).toBeNull();
  });

  it("the app's own limiters count in Redis when REDIS_URL is set", async () => {
    const app = limiter("app-limiter", { points: 2, duration: 60 });
    const other = createLimiter("app-limiter", { points: 2, duration: 60 }, instance());
    await ready(opened.at(-1)!);
    await vi.waitFor(async () => expect(await spend([[app, "client"]])).toBeNull());
    expect(await spend([[other, "client"]])).toBeNull();
    expect(await spend([[app, "client"]])).toBeGreaterThan(0);
  });

  it("counts in memory while Redis is away, and still refuses", async () => {
    const client = instance();
    await ready(client);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const limited = createLimiter("insured", { points: 2, duration: 60 }, client);
      await server.stop();
      await vi.waitFor(() => expect(client.isReady).toBe(false));
      expect(await spend([[limited, "client"]])).toBeNull();
      expect(await spend([[limited, "client"]])).toBeNull();
      expect(await spend([[limited, "client"]])).toBeGreaterThan(0);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("Redis (test) is unavailable"));
    } finally {
      warn.mockRestore();
    }
  });
});
