// Without CRON_SECRET the scheduled route refuses to run (outside development), whatever is sent.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { cron } from "../support/digest";

vi.hoisted(() => {
  delete process.env.CRON_SECRET;
});

describe("GET /api/cron/digest with no CRON_SECRET", () => {
  it("answers 503 and runs nothing", async () => {
    for (const authorization of [null, "Bearer ", "Bearer anything-at-all-0123456789"]) {
      const answer = await cron(authorization);
      expect(answer.status).toBe(503);
      expect(answer.body.error).toMatch(/CRON_SECRET is not set/);
    }
    expect(await db.digestRun.count()).toBe(0);
  });
});
