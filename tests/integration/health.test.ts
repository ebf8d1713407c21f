// GET /api/health: 200 only when the database answers, and Redis when REDIS_URL is set; 503 naming
// the part that did not answer otherwise; never cached. The failing database is a real client on
// a file that is not a database; the failing Redis a scratch server that was stopped.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { checkHealth, describeFailure } from "@/lib/health/health";
import { closeRedis, connectRedis, type Redis } from "@/lib/redis/client";
import { startRedis } from "../support/redis-server";

const folder = mkdtempSync(path.join(tmpdir(), "health-"));
const notADatabase = path.join(folder, "garbage.db");
writeFileSync(notADatabase, "this is not an SQLite database, only text long enough to have a header\n".repeat(20));
const unopenable = createPrismaClient(`file:${notADatabase}`);
const opened: Redis[] = [];

afterAll(async () => {
  await unopenable.$disconnect().catch(() => {});
  rmSync(folder, { recursive: true, force: true });
  await Promise.allSettled(opened.map((client) => client.destroy()));
  await closeRedis();
});

describe("GET /api/health", () => {
  it("answers 200, never cached, when the database answers and Redis is not configured", async () => {
    const response = await GET(new Request("http://localhost/api/health"), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "ok", redis: "not configured" });
  });

  it("says which part fails: the database", async () => {
    const health = await checkHealth(unopenable, null);
    expect(health).toEqual({ status: "unavailable", database: "unavailable", redis: "not configured" });
    expect(describeFailure(health)).toBe("The database does not answer.");
  });

  it("checks Redis when it is configured, and fails while it is away", async () => {
    const server = await startRedis();
    const client = connectRedis(server.url, "health test");
    opened.push(client);
    await vi.waitFor(() => expect(client.isReady).toBe(true));
    const { db } = await import("@/lib/db/client");
    expect(await checkHealth(db, client)).toEqual({ status: "ok", database: "ok", redis: "ok" });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await server.stop();
      await vi.waitFor(() => expect(client.isReady).toBe(false));
      const health = await checkHealth(db, client);
      expect(health).toEqual({ status: "unavailable", database: "ok", redis: "unavailable" });
      expect(describeFailure(health)).toBe("Redis does not answer.");
      expect(describeFailure(await checkHealth(unopenable, client))).toBe("The database and Redis do not answer.");
    } finally {
      warn.mockRestore();
    }
  });

  it("answers 503 with the failed part when REDIS_URL names a Redis that does not answer", async () => {
    const server = await startRedis();
    await server.stop();
    process.env.REDIS_URL = server.url;
    vi.resetModules();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { GET: freshGet } = await import("@/app/api/health/route");
      const response = await freshGet(new Request("http://localhost/api/health"), undefined);
      expect(response.status).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({
        status: "unavailable",
        database: "ok",
        redis: "unavailable",
        error: "Redis does not answer.",
      });
    } finally {
      warn.mockRestore();
      delete process.env.REDIS_URL;
    }
  });
});
