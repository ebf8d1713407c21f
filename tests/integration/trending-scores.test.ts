// The trending formula and order as the SQL computes them (lib/votes/trending.ts), case by case;
// tests/integration/trending.test.ts checks them together.
import { describe, expect, it } from "vitest";
import { trendingPapers } from "@/lib/votes/trending";
import { setUpvote } from "@/lib/votes/votes";
import { createPaper } from "../factories";

const now = new Date("2026-06-22T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

let voters = 0;
async function vote(paperId: string, hours: number) {
  voters += 1;
  await setUpvote(paperId, `voter-${voters}`, true, hoursAgo(hours));
}

async function ranked(): Promise<{ id: string; score: number }[]> {
  return (await trendingPapers({ limit: 50, now })).map(({ id, score }) => ({ id, score }));
}

const scoreOf = (rows: { id: string; score: number }[], id: string) => rows.find((row) => row.id === id)?.score;

describe("trending scores", () => {
  it("counts an upvote of now as 1, halves it every 48 hours, and drops it after 7 days", async () => {
    for (const id of ["a", "b", "c", "d"]) await createPaper({ id });
    await vote("a", 0);
    await vote("b", 48);
    await vote("c", 96);
    await vote("d", 7 * 24 + 1);
    const rows = await ranked();
    expect(scoreOf(rows, "a")).toBeCloseTo(1, 10);
    expect(scoreOf(rows, "b")).toBeCloseTo(0.5, 10);
    expect(scoreOf(rows, "c")).toBeCloseTo(0.25, 10);
    expect(scoreOf(rows, "d")).toBe(0);
  });

  it("ignores upvotes from the future (clock skew)", async () => {
    await createPaper({ id: "a" });
    await vote("a", -1);
    expect(scoreOf(await ranked(), "a")).toBe(0);
  });
});

describe("trending order", () => {
  it("puts two fresh upvotes above three old ones, and any recent vote above none", async () => {
    await createPaper({ id: "old" });
    await createPaper({ id: "fresh" });
    await createPaper({ id: "popular", upvotes: 90 });
    for (const hours of [140, 150, 160]) await vote("old", hours);
    for (const hours of [1, 2]) await vote("fresh", hours);
    expect((await ranked()).map((row) => row.id)).toEqual(["fresh", "old", "popular"]);
  });

  it("breaks ties by total upvotes, then the later feed day, then id", async () => {
    await createPaper({ id: "b", upvotes: 5, feedDate: "2026-06-20" });
    await createPaper({ id: "a", upvotes: 5, feedDate: "2026-06-20" });
    await createPaper({ id: "c", upvotes: 5, feedDate: "2026-06-21" });
    await createPaper({ id: "d", upvotes: 9, feedDate: "2026-06-01" });
    expect((await ranked()).map((row) => row.id)).toEqual(["d", "c", "a", "b"]);
  });

  it("equal recent votes at the same moment fall back to the total count", async () => {
    await createPaper({ id: "x" });
    await createPaper({ id: "y", upvotes: 3 });
    await vote("x", 5);
    await vote("y", 5);
    expect((await ranked()).map((row) => row.id)).toEqual(["y", "x"]);
  });
});
