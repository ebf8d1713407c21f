import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/daily_papers/route";
import { createPaper } from "../factories";

async function get(query: string) {
  const response = await GET(new Request(`http://localhost/api/daily_papers${query}`), undefined);
  return { status: response.status, body: await response.json() };
}

describe("GET /api/daily_papers", () => {
  it("answers the latest day in Hugging Face's shape, most upvoted first", async () => {
    await createPaper({
      id: "2406.00001",
      title: "Older day",
      feedDate: "2026-06-21",
    });
    await createPaper({
      id: "2406.00002",
      title: "Top",
      abstract: "The abstract.",
      authors: ["Ada Lovelace"],
      organization: { slug: "kaist-ai", name: "KAIST AI" },
      publishedOn: "2026-06-09",
      upvotes: 7,
    });
    await createPaper({ id: "2406.00003", title: "Second", upvotes: 1, publishedOn: null, authorCount: 4 });

    const { status, body } = await get("");
    expect(status).toBe(200);
    expect(body).toEqual([
      {
        paper: {
          id: "2406.00002",
          title: "Top",
          summary: "The abstract.",
          authors: [{ name: "Ada Lovelace" }],
          authorCount: 3,
          publishedAt: "2026-06-09T00:00:00.000Z",
          submittedOnDailyAt: "2026-06-22T00:00:00.000Z",
          upvotes: 7,
        },
        title: "Top",
        summary: "The abstract.",
        publishedAt: "2026-06-22T00:00:00.000Z",
        organization: { name: "kaist-ai", fullname: "KAIST AI" },
      },
      expect.objectContaining({ title: "Second", paper: expect.objectContaining({ publishedAt: null, authorCount: 4 }) }),
    ]);
    expect(body[1]).not.toHaveProperty("organization");
  });

  it("selects a day, a week or a month, and pages with limit and p", async () => {
    for (let i = 0; i < 5; i += 1) await createPaper({ id: `p${i}`, upvotes: i, feedDate: i < 3 ? "2026-06-22" : "2026-06-29" });

    expect((await get("?date=2026-06-22")).body.map((item: { paper: { id: string } }) => item.paper.id)).toEqual(["p2", "p1", "p0"]);
    expect((await get("?week=2026-W27")).body).toHaveLength(2);
    expect((await get("?month=2026-06")).body).toHaveLength(5);
    expect((await get("?month=2026-06&limit=2&p=1")).body.map((item: { paper: { id: string } }) => item.paper.id)).toEqual(["p2", "p1"]);
    expect((await get("?date=2026-06-23")).body).toEqual([]);
  });

  it.each([
    ["?date=2026-02-30", /date: must be a real one/],
    ["?date=foo", /date/],
    ["?week=2026-W54", /week/],
    ["?month=2026-13", /month/],
    ["?limit=0", /limit/],
    ["?limit=101", /limit/],
    ["?p=-1", /p/],
    ["?limit=abc", /limit/],
    ["?date=2026-06-22&week=2026-W26", /at most one of date, week and month/],
    ["?nonsense=1", /nonsense/],
  ])("answers %s with a 400 and a message", async (query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });
});

describe("GET /api/daily_papers after a vote", () => {
  it("answers the new count at once, though answers are cached", async () => {
    const { POST } = await import("@/app/api/papers/[id]/upvote/route");
    await createPaper({ id: "2406.00042", upvotes: 3 });
    expect((await get("?date=2026-06-22")).body[0].paper.upvotes).toBe(3);
    const vote = new Request("http://localhost/api/papers/2406.00042/upvote", { method: "POST", headers: { host: "localhost" } });
    expect((await POST(vote, { params: Promise.resolve({ id: "2406.00042" }) })).status).toBe(200);
    expect((await get("?date=2026-06-22")).body[0].paper.upvotes).toBe(4);
  });
});
