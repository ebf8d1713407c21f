// The feeds (trending and latest) are computed at most once a minute, and again after any vote.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/papers/[id]/upvote/route";
import { GET as latestRss } from "@/app/papers/feed.xml/route";
import { GET as trendingJson } from "@/app/papers/trending/feed.json/route";
import { db } from "@/lib/db/client";
import { sign } from "@/lib/db/signing";
import { createPaper } from "../factories";

async function trendingIds(): Promise<string[]> {
  const response = await trendingJson(new Request("http://localhost:3000/papers/trending/feed.json"), undefined);
  const feed = (await response.json()) as { items: { id: string }[] };
  return feed.items.map((item) => item.id.split("/").pop()!);
}

async function vote(paperId: string) {
  const headers = new Headers({
    host: "localhost",
    "x-forwarded-for": "10.9.9.9",
    cookie: `dp_voter=${sign("voter", randomUUID())}`,
  });
  const request = new Request(`http://localhost/api/papers/${paperId}/upvote`, { method: "POST", headers });
  expect((await POST(request, { params: Promise.resolve({ id: paperId }) })).status).toBe(200);
}

describe("the feeds' cache", () => {
  it("serves the computed feed until a vote, then the new order", async () => {
    await createPaper({ id: "2406.00001", upvotes: 5 });
    await createPaper({ id: "2406.00002", upvotes: 1 });
    expect(await trendingIds()).toEqual(["2406.00001", "2406.00002"]);

    // A write that is not a vote (another process, say) shows only once the minute is over…
    await db.upvote.create({ data: { paperId: "2406.00002", voterId: "direct", createdAt: new Date() } });
    expect(await trendingIds()).toEqual(["2406.00001", "2406.00002"]);

    // …while a vote drops the cached feeds at once.
    await vote("2406.00002");
    expect(await trendingIds()).toEqual(["2406.00002", "2406.00001"]);
  });

  it("serves the latest feed as computed until a vote, with the ETag of the body it serves", async () => {
    await createPaper({ id: "2406.00001", title: "Before any vote", upvotes: 5 });
    const first = await latestRss(new Request("http://localhost:3000/papers/feed.xml"), undefined);
    const etag = first.headers.get("ETag");
    expect(await first.text()).toContain("Before any vote");

    // Renamed outside the app: the cached feed stands, tag and all…
    await db.paper.update({ where: { id: "2406.00001" }, data: { title: "Renamed behind the app's back" } });
    const cached = await latestRss(new Request("http://localhost:3000/papers/feed.xml"), undefined);
    expect(cached.headers.get("ETag")).toBe(etag);
    expect(await cached.text()).toContain("Before any vote");

    // …until a vote drops it.
    await vote("2406.00001");
    const fresh = await latestRss(new Request("http://localhost:3000/papers/feed.xml"), undefined);
    expect(fresh.headers.get("ETag")).not.toBe(etag);
    expect(await fresh.text()).toContain("Renamed behind the app&#39;s back");
  });
});
