// POST /api/papers/submit against a loopback stand-in for arXiv (tests/support/fixtures).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/papers/submit/route";
import { db } from "@/lib/db/client";
import { today } from "@/lib/papers/dates";
import { arxivRecord } from "../support/fixtures/arxiv-data";
import { createPaper } from "../factories";

// The handler reads ARXIV_API_URL from the environment, so the stand-in starts before it is first read.
const arxiv = await vi.hoisted(async () => {
  const { startArxivFixture } = await import("../support/fixtures/arxiv-server");
  const fixture = await startArxivFixture();
  process.env.ARXIV_API_URL = fixture.url;
  process.env.ARXIV_REQUEST_INTERVAL_MS = "0";
  // Short enough for the "no answer" test, long enough for a loaded machine.
  process.env.IMPORT_TIMEOUT_MS = "2000";
  process.env.SUBMISSIONS_PER_HOUR_PER_ADDRESS = "3";
  // Visitors' submissions; members' and the default are in member-submissions.test.ts.
  process.env.ANONYMOUS_SUBMISSIONS = "true";
  return fixture;
});
afterAll(() => arxiv.close());

let client = 0;

beforeEach(() => {
  arxiv.records.clear();
  arxiv.requests.length = 0;
  // Each test is its own client, so that the rate limit only meets the test about it.
  client += 1;
  arxiv.add(
    arxivRecord({
      id: "2606.10001",
      title: "Submitted by id",
      authors: [{ name: "Grace Hopper", affiliations: ["Navy"] }, { name: "Alan Turing" }],
    }),
    arxivRecord({ id: "2606.10002", version: 3, title: "Submitted by abstract address" }),
    arxivRecord({ id: "2606.10003", title: "Submitted by PDF address" }),
    arxivRecord({ id: "2606.10004", title: "Submitted by Hugging Face address" }),
  );
});

function submit(body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/papers/submit", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": `10.0.0.${client}`,
        host: "localhost",
        ...headers,
      },
      body,
    }),
    undefined,
  );
}

const submitId = (paperId: string) => submit(JSON.stringify({ paper_id: paperId }));

describe("POST /api/papers/submit", () => {
  it.each([
    ["an id", "2606.10001", "2606.10001"],
    ["an abstract address, versioned", "https://arxiv.org/abs/2606.10002v3", "2606.10002"],
    ["a PDF address", "https://arxiv.org/pdf/2606.10003v1.pdf", "2606.10003"],
    ["a Hugging Face address", "https://huggingface.co/papers/2606.10004", "2606.10004"],
  ])("adds the paper from arXiv to today's feed, given %s (201)", async (_, reference, id) => {
    const response = await submitId(reference);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ id, submittedOnDailyBy: { user: "anonymous" }, upvotes: 0, numComments: 0 });
    const stored = await db.paper.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ source: "submission", submittedBy: "anonymous", feedDate: today() });
    expect(stored.submittedAt).toBeInstanceOf(Date);
    expect(arxiv.requests).toHaveLength(1);
    expect(arxiv.requests[0].url.searchParams.get("id_list")).toBe(id);
    expect(arxiv.requests[0].userAgent).toMatch(/^DailyPapers\/.+mailto:/);
  });

  it("keeps what arXiv says: authors, affiliations, categories, dates", async () => {
    await submitId("2606.10001");
    const stored = await db.paper.findUniqueOrThrow({ where: { id: "2606.10001" } });
    expect(stored).toMatchObject({
      title: "Submitted by id",
      authors: ["Grace Hopper", "Alan Turing"],
      affiliations: ["Navy", null],
      primaryCategory: "cs.CL",
      categories: ["cs.CL", "cs.LG"],
      publishedOn: "2026-06-21",
    });
  });

  it("answers 200 with the paper when it is already here, without asking arXiv", async () => {
    await createPaper({ id: "2606.10001", title: "Already here", feedDate: "2026-06-22", upvotes: 4 });
    await createPaper({ id: "old-seed-slug", title: "Merged" });
    await db.paperAlias.create({ data: { id: "merged-seed", paperId: "2606.10001" } });
    const response = await submitId("arXiv:2606.10001v2");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: "2606.10001", title: "Already here", upvotes: 4 });
    expect(arxiv.requests).toHaveLength(0);
    const stored = await db.paper.findUniqueOrThrow({ where: { id: "2606.10001" } });
    expect(stored).toMatchObject({ feedDate: "2026-06-22", submittedBy: null });
  });

  it.each([
    [JSON.stringify({ paper_id: "not a paper" }), /not an arXiv paper/],
    [JSON.stringify({ paper_id: "https://example.org/abs/2606.10001" }), /not an arXiv paper/],
    [JSON.stringify({ paper_id: "" }), /not an arXiv paper/],
    [JSON.stringify({ paper_id: 2606.10001 }), /paper_id/],
    [JSON.stringify({}), /paper_id/],
    [JSON.stringify({ paper_id: "x".repeat(301) }), /paper_id: must be at most 300/],
    ["{not json", /not valid JSON/],
  ])("answers %s with a 400 and writes nothing", async (body, message) => {
    const response = await submit(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
    expect(arxiv.requests).toHaveLength(0);
    expect(await db.paper.count()).toBe(0);
  });

  it("answers 415 to a body that is neither JSON nor form data, and 413 to a large one", async () => {
    expect((await submit("2606.10001", { "content-type": "text/plain" })).status).toBe(415);
    expect((await submit(JSON.stringify({ paper_id: "2606.10001" }), { "content-length": "100000" })).status).toBe(413);
  });

  it("answers 404 when arXiv does not know the paper, and writes nothing", async () => {
    const response = await submitId("2606.99999");
    expect(response.status).toBe(404);
    expect((await response.json()).error).toBe("arXiv has no paper 2606.99999. Check the id and try again.");
    expect(await db.paper.count()).toBe(0);
  });

  it.each([
    // A failed status or no answer is tried once more; garbage is not.
    ["answers 503 after retrying", { kind: "status", status: 503 } as const, 2],
    ["does not answer in time", { kind: "hang" } as const, 2],
    ["answers an HTML page", { kind: "html" } as const, 1],
    ["cuts its answer short", { kind: "truncated" } as const, 1],
  ])("answers 503 and writes nothing when arXiv %s", async (_, fault, times) => {
    arxiv.failNext(fault, times);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const response = await submitId("2606.10001");
    expect(response.status).toBe(503);
    expect((await response.json()).error).toMatch(/arXiv cannot be reached right now, so the paper was not added/);
    expect(await db.paper.count()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Submission of 2606\.10001: arXiv/));
    expect(arxiv.requests).toHaveLength(times);
    warn.mockRestore();
  });

  it("limits what one client sends to arXiv (429 with Retry-After), not what it gets from here", async () => {
    await createPaper({ id: "2606.10004" });
    for (const id of ["2606.10001", "2606.10002", "2606.10003"]) expect((await submitId(id)).status).toBe(201);
    // Already here and malformed cost nothing.
    expect((await submitId("2606.10004")).status).toBe(200);
    expect((await submitId("nonsense")).status).toBe(400);
    arxiv.add(arxivRecord({ id: "2606.10005" }));
    const limited = await submitId("2606.10005");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error).toMatch(/Too many submissions/);
    expect(await db.paper.findUnique({ where: { id: "2606.10005" } })).toBeNull();
    // Another client is not held back.
    const other = await submit(JSON.stringify({ paper_id: "2606.10005" }), { "x-forwarded-for": "10.9.9.9" });
    expect(other.status).toBe(201);
  });

  it("refuses a cross-site POST with a 403, as votes are refused", async () => {
    const response = await submit(JSON.stringify({ paper_id: "2606.10001" }), { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(arxiv.requests).toHaveLength(0);
  });

  it("takes form data too", async () => {
    const response = await submit(new URLSearchParams({ paper_id: "2606.10001" }).toString(), {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(response.status).toBe(201);
  });
});
