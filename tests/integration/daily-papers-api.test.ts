import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/daily_papers/route";
import { db } from "@/lib/db/client";
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
          authors: [{ name: "Ada Lovelace", hidden: false }],
          authorCount: 3,
          publishedAt: "2026-06-09T00:00:00.000Z",
          submittedOnDailyAt: "2026-06-22T00:00:00.000Z",
          upvotes: 7,
          numComments: 0,
          organization: { name: "kaist-ai", fullname: "KAIST AI" },
        },
        title: "Top",
        summary: "The abstract.",
        publishedAt: "2026-06-22T00:00:00.000Z",
        submittedOnDailyAt: "2026-06-22T00:00:00.000Z",
        numComments: 0,
        organization: { name: "kaist-ai", fullname: "KAIST AI" },
        isAuthorParticipating: false,
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

describe("GET /api/daily_papers: what Hugging Face's clients send and read", () => {
  it("gives every field Hugging Face gives, under its names", async () => {
    await db.organization.create({ data: { slug: "kaist-ai", name: "KAIST AI", avatarUrl: "https://cdn.example/kaist.png" } });
    await createPaper({
      id: "2406.12345",
      title: "Rich",
      authors: ["Ada Lovelace", "Alan Turing"],
      publishedAt: new Date("2024-06-17T17:59:59Z"),
      githubRepo: "https://github.com/example/rich",
      githubStars: 42,
      projectPage: "https://rich.example",
      thumbnailUrl: "https://cdn.example/rich.png",
      importedComments: 3,
      aiSummary: "A short summary.",
      aiKeywords: ["transformers", "diffusion"],
      submittedBy: "anonymous",
      submittedAt: new Date("2026-06-22T08:30:00Z"),
    });
    await db.paper.update({ where: { id: "2406.12345" }, data: { organizationSlug: "kaist-ai" } });

    const [item] = (await get("?date=2026-06-22")).body;
    const organization = { name: "kaist-ai", fullname: "KAIST AI", avatar: "https://cdn.example/kaist.png" };
    const submitter = { user: "anonymous", name: "anonymous", fullname: "anonymous", type: "user" };
    expect(item).toEqual({
      paper: expect.objectContaining({
        id: "2406.12345",
        authors: [
          { name: "Ada Lovelace", hidden: false },
          { name: "Alan Turing", hidden: false },
        ],
        publishedAt: "2024-06-17T17:59:59.000Z",
        submittedOnDailyAt: "2026-06-22T08:30:00.000Z",
        numComments: 3,
        githubRepo: "https://github.com/example/rich",
        githubStars: 42,
        projectPage: "https://rich.example",
        ai_summary: "A short summary.",
        ai_keywords: ["transformers", "diffusion"],
        organization,
        submittedOnDailyBy: submitter,
      }),
      title: "Rich",
      summary: expect.any(String),
      publishedAt: "2026-06-22T08:30:00.000Z",
      submittedOnDailyAt: "2026-06-22T08:30:00.000Z",
      numComments: 3,
      thumbnail: "https://cdn.example/rich.png",
      submittedBy: submitter,
      organization,
      isAuthorParticipating: false,
    });
  });

  it("sorts by publishedAt: the newest feed day first, a day's submissions newest first", async () => {
    await createPaper({ id: "2406.00001", feedDate: "2026-06-21", upvotes: 50 });
    await createPaper({ id: "2406.00002", feedDate: "2026-06-22", upvotes: 1, submittedAt: new Date("2026-06-22T10:00:00Z") });
    await createPaper({ id: "2406.00003", feedDate: "2026-06-22", upvotes: 2, submittedAt: new Date("2026-06-22T09:00:00Z") });
    await createPaper({ id: "2406.00004", feedDate: "2026-06-22", upvotes: 9 });
    const ids = (query: string) => get(query).then(({ body }) => body.map((item: { paper: { id: string } }) => item.paper.id));
    expect(await ids("?month=2026-06&sort=publishedAt")).toEqual(["2406.00002", "2406.00003", "2406.00004", "2406.00001"]);
    // Without sort: most upvoted first, as the feed pages show them.
    expect(await ids("?month=2026-06")).toEqual(["2406.00001", "2406.00004", "2406.00003", "2406.00002"]);
  });

  it("sorts by trending: recent upvotes count most, within the span asked for", async () => {
    await createPaper({ id: "2406.00001", feedDate: "2026-06-22", upvotes: 100 });
    await createPaper({ id: "2406.00002", feedDate: "2026-06-22", upvotes: 0 });
    await createPaper({ id: "2406.00003", feedDate: "2026-06-15", upvotes: 0 });
    await db.upvote.createMany({
      data: [
        { paperId: "2406.00002", voterId: "a" },
        { paperId: "2406.00003", voterId: "a" },
        { paperId: "2406.00003", voterId: "b" },
      ],
    });
    const ids = (query: string) => get(query).then(({ body }) => body.map((item: { paper: { id: string } }) => item.paper.id));
    expect(await ids("?date=2026-06-22&sort=trending")).toEqual(["2406.00002", "2406.00001"]);
    expect(await ids("?sort=trending")).toEqual(["2406.00003", "2406.00002", "2406.00001"]);
    expect(await ids("?sort=trending&limit=1&p=1")).toEqual(["2406.00002"]);
    expect(await ids("?sort=trending&limit=100&p=10")).toEqual([]);
  });

  it("filters by submitter, over every day unless a span is given", async () => {
    await createPaper({ id: "2406.00001", feedDate: "2026-06-21", submittedBy: "anonymous" });
    await createPaper({ id: "2406.00002", feedDate: "2026-06-22", submittedBy: "anonymous" });
    await createPaper({ id: "2406.00003", feedDate: "2026-06-22", submittedBy: "ada" });
    await createPaper({ id: "2406.00004", feedDate: "2026-06-22" });
    const ids = (query: string) => get(query).then(({ body }) => body.map((item: { paper: { id: string } }) => item.paper.id).sort());
    expect(await ids("?submitter=anonymous")).toEqual(["2406.00001", "2406.00002"]);
    expect(await ids("?submitter=anonymous&date=2026-06-22")).toEqual(["2406.00002"]);
    expect(await ids("?submitter=ada&sort=publishedAt")).toEqual(["2406.00003"]);
    expect(await ids("?submitter=nobody")).toEqual([]);
  });

  it("takes every parameter huggingface_hub's list_daily_papers() sends, together", async () => {
    await createPaper({ id: "2406.00001", submittedBy: "anonymous" });
    const { status } = await get("?p=0&limit=50&sort=publishedAt&date=2026-06-22&submitter=anonymous");
    expect(status).toBe(200);
  });

  it.each([["?sort=newest", /sort/], [`?submitter=${"x".repeat(101)}`, /submitter/], ["?submitter=", /submitter/]])(
    "answers %s with a 400 and a message",
    async (query, message) => {
      const { status, body } = await get(query);
      expect(status).toBe(400);
      expect(body.error).toMatch(message);
    },
  );
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
