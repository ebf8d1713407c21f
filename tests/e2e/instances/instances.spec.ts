// Two instances of the app on one database and one Redis (./cluster.ts), as behind a reverse proxy:
// what one instance does, the other shows or respects at once.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { readdir } from "node:fs/promises";
import { createPrismaClient } from "@/lib/db/create-client";
import { DigestFrequency, SubscriberStatus } from "@/lib/generated/prisma/enums";
import { today } from "@/lib/papers/dates";
import { hfDay } from "../../support/fixtures/hf-data";
import { CLUSTER_CRON_SECRET, CLUSTER_OUTBOX, startCluster, stopCluster, type Cluster } from "./cluster";

const SEED_DAY = "2026-06-22";
const SEARCHES_PER_MINUTE = 6;

test.describe.configure({ mode: "serial" });

let cluster: Cluster;
let a: string;
let b: string;

test.beforeAll(async () => {
  // Two production servers start, one after the other, and the first migrates and seeds.
  test.setTimeout(240_000);
  cluster = await startCluster(2, { SEARCHES_PER_MINUTE_PER_ADDRESS: String(SEARCHES_PER_MINUTE) });
  [a, b] = cluster.instances.map((instance) => instance.url);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  await stopCluster();
});

/** The count the page's own HTML shows for its paper, and whether Next served it from its cache. */
async function pageCount(request: APIRequestContext, url: string): Promise<{ count: number; cache?: string }> {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  const count = /aria-label="Upvote [^"]*"[^>]*>.*?<span id="[^"]+">(\d+)/s.exec(await response.text())?.[1];
  expect(count, `an upvote count in ${url}`).toBeDefined();
  return { count: Number(count), cache: response.headers()["x-nextjs-cache"] };
}

async function apiItems(
  request: APIRequestContext,
  base: string,
): Promise<{ paper: { id: string; upvotes: number } }[]> {
  const response = await request.get(`${base}/api/daily_papers?date=${SEED_DAY}`);
  expect(response.status()).toBe(200);
  return response.json();
}

async function apiCount(request: APIRequestContext, base: string, paperId: string): Promise<number> {
  return (await apiItems(request, base)).find((item) => item.paper.id === paperId)!.paper.upvotes;
}

async function upvote(request: APIRequestContext, base: string, paperId: string): Promise<number> {
  const response = await request.post(`${base}/api/papers/${paperId}/upvote`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { upvotes: number }).upvotes;
}

test("a vote on A shows on B's cached page and in B's API answers within a second", async ({ request }) => {
  const paperId = (await apiItems(request, b)).at(-1)!.paper.id;
  const page = `${b}/papers/${paperId}`;
  // B renders the page once and then serves it from the cache, as it does the API answer.
  const before = (await pageCount(request, page)).count;
  await expect.poll(async () => (await pageCount(request, page)).cache).toBe("HIT");
  expect(await apiCount(request, b, paperId)).toBe(before);

  expect(await upvote(request, a, paperId)).toBe(before + 1);
  const votedAt = Date.now();
  // When, after the vote, B was asked the first time it answered the new count (asked every 50 ms).
  // The time a request was sent, not answered: how long B takes to render is the bench's measure,
  // and on a busy CI machine a render alone can take a second.
  const shownFrom = async (count: () => Promise<number>) => {
    for (;;) {
      const askedAt = Date.now() - votedAt;
      if ((await count()) === before + 1) return askedAt;
      expect(askedAt, "B still shows the old count").toBeLessThan(5000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const [onPage, inApi] = await Promise.all([
    shownFrom(async () => (await pageCount(request, page)).count),
    shownFrom(() => apiCount(request, b, paperId)),
  ]);
  expect(onPage).toBeLessThan(1000);
  expect(inApi).toBeLessThan(1000);
  // Rendered anew once, the page is B's cached copy again, for A as well.
  await expect.poll(async () => (await pageCount(request, page)).cache).toBe("HIT");
  expect((await pageCount(request, `${a}/papers/${paperId}`)).count).toBe(before + 1);
});

test("the search limit is one budget across A and B", async ({ request }) => {
  const search = (base: string, n: number) => request.get(`${base}/api/papers/search?q=model${n}`);
  for (let n = 0; n < SEARCHES_PER_MINUTE; n++) {
    expect((await search(n % 2 === 0 ? a : b, n)).status(), `search ${n + 1}`).toBe(200);
  }
  // Each has answered only half the budget; together they have answered all of it.
  for (const base of [a, b]) {
    const refused = await search(base, 99);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  }
});

test("an import cron called on A and B at once imports each paper once", async ({ request }) => {
  const day = today(new Date());
  cluster.hf.days.set(day, hfDay(day, 5));
  const headers = { authorization: `Bearer ${CLUSTER_CRON_SECRET}` };
  const answers = await Promise.all([a, b].map((base) => request.post(`${base}/api/cron/import`, { headers })));
  const summaries = await Promise.all(
    answers.map(async (answer) => {
      expect(answer.status()).toBe(200);
      return (await answer.json()) as { added: number; failed: number };
    }),
  );
  expect(summaries.map((summary) => summary.failed)).toEqual([0, 0]);
  expect(summaries[0].added + summaries[1].added).toBe(5);
  // Both show the day, whichever instance imported it.
  for (const base of [a, b]) {
    const list = (await (await request.get(`${base}/api/daily_papers?date=${day}`)).json()) as unknown[];
    expect(list).toHaveLength(5);
  }
});

test("a digest cron called on A and B at once sends each subscriber one digest", async ({ request }) => {
  const db = createPrismaClient(cluster.databaseUrl);
  const emails = ["ada@example.org", "grace@example.org", "alan@example.org"];
  try {
    await db.subscriber.createMany({
      data: emails.map((email) => ({
        email,
        frequency: DigestFrequency.daily,
        status: SubscriberStatus.active,
        confirmedAt: new Date(),
      })),
    });
  } finally {
    await db.$disconnect();
  }
  const headers = { authorization: `Bearer ${CLUSTER_CRON_SECRET}` };
  const answers = await Promise.all([a, b].map((base) => request.post(`${base}/api/cron/digest`, { headers })));
  const sent = await Promise.all(
    answers.map(async (answer) => {
      expect(answer.status()).toBe(200);
      return ((await answer.json()) as { sent: number }).sent;
    }),
  );
  expect(sent[0] + sent[1]).toBe(emails.length);
  const mails = (await readdir(CLUSTER_OUTBOX)).filter((file) => file.endsWith(".eml"));
  expect(mails).toHaveLength(emails.length);
});

test("with Redis away, both instances say so in their health check and go on serving", async ({ request }) => {
  await cluster.redis.stop();
  for (const base of [a, b]) {
    await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 10_000 }).toBe(503);
    const health = await request.get(`${base}/api/health`);
    expect(health.headers()["cache-control"]).toBe("no-store");
    expect(await health.json()).toEqual({
      status: "unavailable",
      database: "ok",
      redis: "unavailable",
      error: "Redis does not answer.",
    });
    // Pages are rendered on each request, votes are counted and limited in each instance's memory.
    const feed = await request.get(`${base}/papers/date/${SEED_DAY}`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["x-nextjs-cache"]).not.toBe("HIT");
    // A paper of its own for each instance: A and B share the address, so a request context votes as
    // the same visitor on both, and a second vote on one paper would rightly count nothing.
    const paperId = (await apiItems(request, base)).at(base === a ? 0 : 1)!.paper.id;
    const before = await apiCount(request, base, paperId);
    expect(await upvote(request, base, paperId)).toBe(before + 1);
  }
});
