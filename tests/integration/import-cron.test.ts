// GET/POST /api/cron/import: the bearer secret, then today's papers from the configured sources.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/cron/import/route";
import { db } from "@/lib/db/client";
import { today } from "@/lib/papers/dates";
import { hfDay } from "../support/fixtures/hf-data";
import { TEST_CRON_SECRET } from "../support/smtp-server";
import { revalidatedPaths } from "../setup/next-cache";

// The route reads HF_ENDPOINT from the environment, so the stand-in starts before it is first read.
const hf = await vi.hoisted(async () => {
  const { startHfFixture } = await import("../support/fixtures/hf-server");
  const fixture = await startHfFixture();
  process.env.HF_ENDPOINT = fixture.url;
  process.env.IMPORT_SOURCES = "hf";
  return fixture;
});
afterAll(() => hf.close());
beforeEach(() => hf.days.clear());

async function cron(handler: typeof GET, authorization?: string) {
  const headers = authorization === undefined ? undefined : { authorization };
  const response = await handler(new Request("http://localhost/api/cron/import", { method: handler === GET ? "GET" : "POST", headers }), undefined);
  return { status: response.status, body: await response.json(), authenticate: response.headers.get("www-authenticate") };
}

describe("/api/cron/import", () => {
  it("answers 401 to a missing or wrong secret and imports nothing", async () => {
    hf.days.set(today(), hfDay(today(), 3));
    for (const authorization of [undefined, "Bearer wrong-secret-0123456789", `Basic ${TEST_CRON_SECRET}`]) {
      const answer = await cron(GET, authorization);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toMatch(/Authorization: Bearer/);
      expect(answer.authenticate).toMatch(/^Bearer/);
    }
    expect(hf.requests).toHaveLength(0);
    expect(await db.paper.count()).toBe(0);
  });

  it.each([["GET", GET], ["POST", POST]] as const)("%s imports today's papers and answers what it did", async (_, handler) => {
    const day = today();
    hf.days.set(day, hfDay(day, 3));
    const answer = await cron(handler, `Bearer ${TEST_CRON_SECRET}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ added: 3, updated: 0, unchanged: 0, skipped: 0, failed: 0, days: [day] });
    expect(await db.paper.count({ where: { feedDate: day } })).toBe(3);
    expect(revalidatedPaths).toContain(`/papers/date/${day}`);

    const rerun = await cron(handler, `Bearer ${TEST_CRON_SECRET}`);
    expect(rerun.body).toMatchObject({ added: 0, unchanged: 3, failed: 0 });
  });

  it("reports a source that answers garbage as failed, with its message", async () => {
    hf.failNext({ kind: "html" });
    const answer = await cron(GET, `Bearer ${TEST_CRON_SECRET}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ added: 0, failed: 1, failures: [{ source: "hf", error: expect.stringMatching(/answered HTML/) }] });
  });
});
