// The arXiv source against a loopback server answering in arXiv's real shapes.
import { describe, expect, it } from "vitest";
import { readFeed } from "@/lib/ingest/arxiv";
import { arxivRecord, manyAuthors, renderAtom, renderErrorFeed } from "../support/fixtures/arxiv-data";
import { arxivSourceFor, garbageMessage, startFixtures, TEST_USER_AGENT } from "../support/ingest";

const { arxiv } = await startFixtures();

describe("the arXiv source", () => {
  it("keeps every field of an entry, with readable LaTeX, ordered authors and their affiliations", async () => {
    arxiv.add(
      arxivRecord({
        id: "2606.01234",
        version: 3,
        title: "Scaling $\\alpha$-Stable\n  Attention to 1M Tokens",
        summary: "  We study $O(n \\log n)$ attention\n  that \\emph{scales}.\n\n  A second paragraph.\n",
        authors: manyAuthors(120),
        published: "2026-06-01T17:00:00Z",
        updated: "2026-06-20T09:30:00Z",
        primaryCategory: "cs.LG",
        categories: ["cs.LG", "cs.CL", "stat.ML"],
        doi: "10.48550/arXiv.2606.01234",
        journalRef: "Proc. ACL 2026, pp. 1-12",
        comment: "12 pages, 4 figures;\n  code at https://github.com/x/y",
      }),
    );
    const { papers, skipped } = await arxivSourceFor(arxiv).fetchIds(["2606.01234"]);
    expect(skipped).toEqual([]);
    expect(papers).toHaveLength(1);
    const [paper] = papers;
    expect(paper).toMatchObject({
      id: "2606.01234",
      source: "arxiv",
      version: 3,
      title: "Scaling $\\alpha$-Stable Attention to 1M Tokens",
      abstract: "We study $O(n \\log n)$ attention that \\emph{scales}.\n\nA second paragraph.",
      primaryCategory: "cs.LG",
      categories: ["cs.LG", "cs.CL", "stat.ML"],
      doi: "10.48550/arXiv.2606.01234",
      journalRef: "Proc. ACL 2026, pp. 1-12",
      comment: "12 pages, 4 figures; code at https://github.com/x/y",
      absUrl: "http://arxiv.org/abs/2606.01234v3",
      pdfUrl: "http://arxiv.org/pdf/2606.01234v3",
    });
    expect(paper.publishedAt?.toISOString()).toBe("2026-06-01T17:00:00.000Z");
    expect(paper.revisedAt?.toISOString()).toBe("2026-06-20T09:30:00.000Z");
    expect(paper.authors).toHaveLength(120);
    expect(paper.authors.slice(0, 2)).toEqual(["Author Number 1", "Author Number 2"]);
    expect(paper.affiliations?.slice(0, 4)).toEqual([
      "Lab 0; Institute of Fixtures",
      null,
      null,
      "Lab 3; Institute of Fixtures",
    ]);
    expect(arxiv.requests.at(-1)?.userAgent).toBe(TEST_USER_AGENT);
  });

  it("asks for ids with their versions, and reports ids arXiv does not know", async () => {
    // One entry with one author and one category: elements that occur once are still lists.
    arxiv.add(
      arxivRecord({
        id: "2606.00001",
        version: 2,
        authors: [{ name: "Solo Author", affiliations: ["One Lab"] }],
        categories: ["cs.CL"],
      }),
    );
    const { papers, skipped } = await arxivSourceFor(arxiv).fetchIds(["2606.00001v2", "2606.99999", "not-an-id"]);
    expect(
      papers.map((paper) => [paper.id, paper.version, paper.authors, paper.affiliations, paper.categories]),
    ).toEqual([["2606.00001", 2, ["Solo Author"], ["One Lab"], ["cs.CL"]]]);
    expect(skipped).toEqual([
      { ref: "not-an-id", reason: "not an arXiv id like 2406.12345", kind: "invalid" },
      { ref: "2606.99999", reason: "arXiv does not know this id", kind: "unknown" },
    ]);
  });

  it("reads arXiv's error entry as a skipped id, not as a paper titled Error", async () => {
    // The source never sends a malformed id, so the fixture's error answer is read directly.
    const feed = readFeed(
      renderErrorFeed("id_list=1234.5678v", "incorrect id format for 1234.5678v"),
      "application/atom+xml",
    );
    expect(feed.papers).toEqual([]);
    expect(feed.skipped).toEqual([
      {
        ref: "incorrect_id_format_for_1234.5678v",
        reason: "arXiv: incorrect id format for 1234.5678v",
        kind: "invalid",
      },
    ]);
  });

  it("skips an entry without an id", () => {
    const records = [arxivRecord({ id: "2606.00030" }), arxivRecord({ id: "2606.00031" })];
    const atom = renderAtom("q", records, { total: 2, start: 0, perPage: 2 }).replace(
      "<id>http://arxiv.org/abs/2606.00030v1</id>",
      "",
    );
    const feed = readFeed(atom, "application/atom+xml");
    expect(feed.papers.map((paper) => paper.id)).toEqual(["2606.00031"]);
    expect(feed.skipped).toEqual([{ ref: "entry 1", reason: "entry without an id", kind: "invalid" }]);
  });

  it("keeps the first of an entry listed twice", async () => {
    arxiv.add(arxivRecord({ id: "2606.00032" }));
    const { papers, skipped } = await arxivSourceFor(arxiv).fetchIds(["2606.00032", "2606.00032v1"]);
    expect(papers.map((paper) => paper.id)).toEqual(["2606.00032"]);
    expect(skipped).toEqual([{ ref: "2606.00032", reason: "listed twice; the first entry was used", kind: "invalid" }]);
  });

  it("asks at most 100 ids a request", async () => {
    const records = Array.from({ length: 150 }, (_, i) => arxivRecord({ id: `2606.${String(40000 + i)}` }));
    arxiv.add(...records);
    const before = arxiv.requests.length;
    const { papers } = await arxivSourceFor(arxiv).fetchIds(records.map((record) => record.id));
    expect(papers).toHaveLength(150);
    const lists = arxiv.requests
      .slice(before)
      .map((request) => request.url.searchParams.get("id_list")!.split(",").length);
    expect(lists).toEqual([100, 50]);
  });

  it("pages through a day's submissions in the configured categories, newest first", async () => {
    const day = Array.from({ length: 7 }, (_, i) =>
      arxivRecord({
        id: `2606.${50000 + i}`,
        published: `2026-06-22T0${i}:00:00Z`,
        categories: [i % 2 ? "cs.CL" : "cs.LG"],
      }),
    );
    arxiv.add(
      ...day,
      arxivRecord({ id: "2606.59999", published: "2026-06-21T23:59:00Z", categories: ["cs.CL"] }),
      arxivRecord({ id: "2606.58888", published: "2026-06-22T12:00:00Z", categories: ["math.AG"] }),
    );
    const before = arxiv.requests.length;
    const { papers, skipped } = await arxivSourceFor(arxiv, { pageSize: 3, categories: ["cs.CL", "cs.LG"] }).fetchDay(
      "2026-06-22",
    );
    expect(skipped).toEqual([]);
    expect(papers.map((paper) => paper.id)).toEqual(day.map((record) => record.id).reverse());
    expect(papers.every((paper) => paper.feedDate === "2026-06-22")).toBe(true);
    const requests = arxiv.requests.slice(before).map((request) => request.url.searchParams);
    expect(requests.map((params) => params.get("start"))).toEqual(["0", "3", "6"]);
    expect(requests[0].get("search_query")).toBe(
      "(cat:cs.CL OR cat:cs.LG) AND submittedDate:[202606220000 TO 202606222359]",
    );
    expect(requests[0].get("sortBy")).toBe("submittedDate");
    expect(requests[0].get("sortOrder")).toBe("descending");
  });

  it("skips an entry with a bad date or no title and keeps the rest", async () => {
    arxiv.add(
      arxivRecord({ id: "2606.00010", published: "yesterday" }),
      arxivRecord({ id: "2606.00011", title: "  \n " }),
      arxivRecord({ id: "2606.00012" }),
    );
    const { papers, skipped } = await arxivSourceFor(arxiv).fetchIds(["2606.00010", "2606.00011", "2606.00012"]);
    expect(papers.map((paper) => paper.id)).toEqual(["2606.00012"]);
    expect(skipped).toEqual([
      { ref: "2606.00010", reason: 'published is missing or not a date ("yesterday")', kind: "invalid" },
      { ref: "2606.00011", reason: "title is missing", kind: "invalid" },
    ]);
  });

  it("fails on HTML instead of Atom, and on a truncated feed", async () => {
    arxiv.add(arxivRecord({ id: "2606.00020" }));
    arxiv.failNext({ kind: "html" });
    expect(await garbageMessage(arxivSourceFor(arxiv).fetchIds(["2606.00020"]))).toMatch(
      /arXiv answered text\/html.* instead of Atom/,
    );
    arxiv.failNext({ kind: "truncated" });
    expect(await garbageMessage(arxivSourceFor(arxiv).fetchIds(["2606.00020"]))).toMatch(
      /arXiv answered malformed XML .* truncated/,
    );
  });
});
