// The Hugging Face source against a loopback server answering in Hugging Face's real shapes.
import { describe, expect, it } from "vitest";
import { createHfSource } from "@/lib/ingest/hf";
import { hfDay, hfEntry } from "../support/fixtures/hf-data";
import { startFixtureServer } from "../support/fixtures/fixture-server";
import { garbageMessage, hfSourceFor, startFixtures, testHttp } from "../support/ingest";

const { hf } = await startFixtures();

describe("the Hugging Face source", () => {
  it("maps every field of a daily entry", async () => {
    hf.days.set("2026-06-22", [
      hfEntry({
        id: "2606.11111",
        upvotes: 42,
        paper: {
          githubRepo: "fixture-lab/repo",
          title: "Long\n Context $k$-NN",
          authors: [{ name: "Grace Hopper" }, { name: "Hidden Person", hidden: true }],
        },
        entry: { numComments: 7 },
      }),
    ]);
    const { papers, skipped } = await hfSourceFor(hf).fetchDay("2026-06-22");
    expect(skipped).toEqual([]);
    expect(papers).toEqual([
      {
        id: "2606.11111",
        source: "hf",
        title: "Long Context $k$-NN",
        abstract: expect.stringMatching(
          /^We propose a method for paper \d+\. It keeps \$\\mathcal\{O\}\(1\)\$ memory\.$/,
        ),
        authors: ["Grace Hopper"],
        publishedAt: new Date("2026-06-19T17:59:59.000Z"),
        feedDate: "2026-06-22",
        importedUpvotes: 42,
        importedComments: 7,
        githubRepo: "https://github.com/fixture-lab/repo",
        githubStars: expect.any(Number),
        projectPage: expect.stringMatching(/^https:\/\/fixture-lab\.github\.io\//),
        thumbnailUrl: "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2606.11111.png",
        aiSummary: expect.stringMatching(/^An AI-written summary/),
        aiKeywords: ["retrieval", "long context", "$k$-NN"],
        organization: {
          slug: "fixture-lab",
          name: "Fixture Lab",
          avatarUrl: "https://cdn-avatars.huggingface.co/v1/fixture-lab.png",
        },
      },
    ]);
  });

  it("keeps only web addresses for avatars, resolving Hugging Face's relative ones", async () => {
    const org = (avatar: string) => ({ organization: { name: "lab", fullname: "Lab", avatar } });
    hf.days.set("2026-06-22", [
      hfEntry({ id: "2606.11112", paper: org("/avatars/lab.svg") }),
      hfEntry({ id: "2606.11113", paper: org("javascript:alert(1)") }),
    ]);
    const { papers } = await hfSourceFor(hf).fetchDay("2026-06-22");
    expect(papers.map((paper) => paper.organization?.avatarUrl)).toEqual([`${hf.url}/avatars/lab.svg`, null]);
  });

  it("reads every page of a day", async () => {
    hf.days.set("2026-06-22", hfDay("2026-06-22", 7));
    const before = hf.requests.length;
    const { papers } = await hfSourceFor(hf, { pageSize: 3 }).fetchDay("2026-06-22");
    expect(papers).toHaveLength(7);
    expect(hf.requests.slice(before).map((request) => request.url.searchParams.get("p"))).toEqual(["0", "1", "2"]);
    expect(hf.requests.at(-1)?.url.searchParams.get("limit")).toBe("3");
  });

  it("skips entries without an id, with a bad date, wrong types or oversized fields, and duplicates", async () => {
    const good = hfEntry({ id: "2606.22222" });
    hf.days.set("2026-06-22", [
      hfEntry({ paper: { id: undefined } }),
      hfEntry({ id: "2606.22223", paper: { publishedAt: "last Tuesday" } }),
      hfEntry({ id: "2606.22224", paper: { upvotes: "many" } }),
      hfEntry({ id: "2606.22225", paper: { title: "x".repeat(1_001) } }),
      good,
      { ...good, paper: { ...good.paper, upvotes: 999 } },
      "not an object",
    ]);
    const { papers, skipped } = await hfSourceFor(hf).fetchDay("2026-06-22");
    expect(papers.map((paper) => [paper.id, paper.importedUpvotes])).toEqual([["2606.22222", good.paper.upvotes]]);
    expect(skipped).toEqual([
      { ref: "page 1, entry 1", reason: expect.stringMatching(/^paper\.id is missing/), kind: "invalid" },
      {
        ref: "2606.22223",
        reason: expect.stringMatching(/^paper\.publishedAt is not a date and time/),
        kind: "invalid",
      },
      { ref: "2606.22224", reason: expect.stringMatching(/^paper\.upvotes /), kind: "invalid" },
      { ref: "2606.22225", reason: expect.stringMatching(/^paper\.title .*1000/), kind: "invalid" },
      { ref: "2606.22222", reason: "listed twice; the first entry was used", kind: "invalid" },
      { ref: "page 1, entry 7", reason: expect.any(String), kind: "invalid" },
    ]);
  });

  it("fails on HTML, a truncated body, or JSON that is not a list", async () => {
    hf.days.set("2026-06-22", hfDay("2026-06-22", 3));
    hf.failNext({ kind: "html" });
    expect(await garbageMessage(hfSourceFor(hf).fetchDay("2026-06-22"))).toMatch(
      /Hugging Face answered HTML instead of the daily papers list/,
    );
    hf.failNext({ kind: "truncated" });
    expect(await garbageMessage(hfSourceFor(hf).fetchDay("2026-06-22"))).toMatch(/not JSON .* truncated/);
    const wrong = await startFixtureServer(() => ({
      contentType: "application/json",
      body: '{"error":"Invalid date"}',
    }));
    try {
      const source = createHfSource({ endpoint: wrong.url, http: testHttp("Hugging Face") });
      expect(await garbageMessage(source.fetchDay("2026-06-22"))).toMatch(/JSON that is not a list/);
    } finally {
      await wrong.close();
    }
  });

  it("finds papers by id, reporting the ones it does not have", async () => {
    hf.days.set("2026-06-22", [hfEntry({ id: "2606.33333" })]);
    const { papers, skipped } = await hfSourceFor(hf).fetchIds(["2606.33333", "2606.44444"]);
    expect(papers.map((paper) => [paper.id, paper.feedDate])).toEqual([["2606.33333", "2026-06-22"]]);
    expect(skipped).toEqual([{ ref: "2606.44444", reason: "Hugging Face does not know this id", kind: "unknown" }]);
  });
});
