// Attacks whose scale would disturb the other specs (hundreds of upvotes move trending; load
// skews timings), so they run after all of them, one at a time (the "alone" project in
// playwright.config.ts): budgets that a script rotating cookies and headers cannot escape, a
// trusted proxy's client address, and an answer that tells nothing about an address.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import Database from "better-sqlite3";
import { confirmationLink, subscriberStatus } from "../mail";
import { keepAlive, rawRequest } from "../raw-http";
import { E2E_DATABASE, E2E_TRUSTED_PROXY } from "../server-config";

test.describe.configure({ mode: "serial" });

// The budgets README's Security section states (lib/votes/limits.ts): new voter ids per address
// per hour, and upvotes of one paper per address per day.
const NEW_VOTERS_PER_HOUR = 60;
const UPVOTES_PER_PAPER_PER_DAY = 60;

/** The id and count of a seed paper by its title; each test here votes on papers no other spec touches. */
async function seedPaper(request: APIRequestContext, title: string): Promise<{ id: string; upvotes: number }> {
  const items: { paper: { id: string; upvotes: number }; title: string }[] = await (
    await request.get("/api/daily_papers?date=2026-06-22&limit=100")
  ).json();
  const item = items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`No seed paper titled ${title}`);
  return item.paper;
}

async function countOf(request: APIRequestContext, id: string): Promise<number> {
  const answer = await request.get(`/api/papers/upvotes?ids=${id}`);
  return ((await answer.json()) as { upvotes: Record<string, number> }).upvotes[id];
}

test.describe("votes from one machine", () => {
  // Hundreds of requests on a shared two-core machine.
  test.setTimeout(180_000);

  test("600 upvotes with no cookie and a made-up X-Forwarded-For each move the count by at most the per-address budget", async ({
    request,
  }) => {
    const paper = await seedPaper(
      request,
      "DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training to Power Next-Generation AI Scale",
    );
    const agent = keepAlive();
    const statuses = new Map<number, number>();
    // Its own loopback address: another machine, so that the budgets the other specs share stay theirs.
    const from = "127.0.0.3";
    const votes = Array.from({ length: 600 }, (_, i) => i);
    // Eight at a time, as a script would fire them.
    for (let start = 0; start < votes.length; start += 8) {
      const answers = await Promise.all(
        votes.slice(start, start + 8).map((i) =>
          rawRequest({
            method: "POST",
            path: `/api/papers/${paper.id}/upvote`,
            headers: { "x-forwarded-for": `198.51.${i % 250}.${(i * 7) % 250}`, "x-real-ip": `203.0.113.${i % 250}` },
            from,
            agent,
          }),
        ),
      );
      for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    agent.destroy();
    const moved = (await countOf(request, paper.id)) - paper.upvotes;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThanOrEqual(Math.min(NEW_VOTERS_PER_HOUR, UPVOTES_PER_PAPER_PER_DAY));
    expect(statuses.get(200)).toBe(moved);
    expect(statuses.get(429)).toBe(600 - moved);
  });

  test("behind the trusted proxy, each client's own address is what the budget counts", async ({ request }) => {
    const paper = await seedPaper(
      request,
      "Judge Decoding: Faster Speculative Sampling Requires Going Beyond Model Alignment",
    );
    const agent = keepAlive();
    // The client made up the first hop; the proxy appended the address it saw.
    const viaProxy = (client: string) =>
      rawRequest({
        method: "POST",
        path: `/api/papers/${paper.id}/upvote`,
        headers: { "x-forwarded-for": `10.9.9.9, ${client}` },
        from: E2E_TRUSTED_PROXY,
        agent,
      });
    for (let i = 0; i < NEW_VOTERS_PER_HOUR; i += 1) expect((await viaProxy("192.0.2.10")).status).toBe(200);
    expect((await viaProxy("192.0.2.10")).status).toBe(429);
    // Another client behind the same proxy still votes, and so does an IPv6 client's neighbour
    // outside its /64 — but not one inside it.
    expect((await viaProxy("192.0.2.11")).status).toBe(200);
    for (let i = 0; i < NEW_VOTERS_PER_HOUR; i += 1)
      expect((await viaProxy(`2001:db8:0:1::${i.toString(16)}`)).status).toBe(200);
    expect((await viaProxy("2001:db8:0:1:ffff::1")).status).toBe(429);
    expect((await viaProxy("2001:db8:0:2::1")).status).toBe(200);
    agent.destroy();
    expect(await countOf(request, paper.id)).toBe(paper.upvotes + 2 * NEW_VOTERS_PER_HOUR + 2);
  });
});

test.describe("subscribing", () => {
  // That the answer also takes the same time is a figure of speed: the bench's "subscribe: answer
  // time" row measures it (scripts/bench/subscribe.ts), not a timed test on a shared machine.
  test("the answer to subscribing is the same for an active and a new address, and changes neither's state", async () => {
    const run = randomUUID().slice(0, 8);
    const active = `active-${run}@example.com`;
    const fresh = `new-${run}@example.com`;
    const db = new Database(E2E_DATABASE);
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(
      `INSERT INTO "Subscriber" ("id", "email", "frequency", "status", "createdAt", "updatedAt") VALUES (?, ?, 'daily', 'active', ?, ?)`,
    ).run(randomUUID(), active, now, now);
    db.close();

    const agent = keepAlive();
    let client = 0;
    // Each request from its own client behind the trusted proxy: the per-client limit is not what is tested.
    const subscribe = async (email: string) => {
      client += 1;
      const answer = await rawRequest({
        method: "POST",
        path: "/api/subscribe",
        headers: { "content-type": "application/json", "x-forwarded-for": `198.18.0.${client}` },
        body: JSON.stringify({ email }),
        from: E2E_TRUSTED_PROXY,
        agent,
      });
      return `${answer.status} ${answer.body}`;
    };
    const answers = new Set([await subscribe(active), await subscribe(fresh), await subscribe(active)]);
    await confirmationLink(fresh);
    agent.destroy();
    expect([...answers]).toHaveLength(1);
    expect([...answers][0]).toMatch(/^202 /);
    expect(subscriberStatus(fresh)).toBe("pending");
    expect(subscriberStatus(active)).toBe("active");
  });
});
