import { describe, expect, it } from "vitest";
import { trendingPapers } from "@/lib/votes/trending";
import { setUpvote } from "@/lib/votes/votes";
import { createPaper, createPapers, createUpvotes } from "../factories";

const now = new Date("2026-06-24T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

/** `count` upvotes on the paper from distinct voters, each cast `hours` ago. */
async function votes(paperId: string, hours: number, count = 1) {
  for (let i = 0; i < count; i += 1) await setUpvote(paperId, `${paperId}-voter-${hours}-${i}`, true, hoursAgo(hours));
}

describe("trendingPapers", () => {
  it("ranks stored votes by decayed recent count, then total, feed day and id", async () => {
    await createPaper({ id: "fresh-two", upvotes: 0 }); // 2 votes 1 h ago: ≈ 1.97
    await createPaper({ id: "old-three", upvotes: 0 }); // 3 votes 96 h ago: 0.75
    await createPaper({ id: "one-now", upvotes: 0 }); // 1 vote now: 1
    await createPaper({ id: "stale", upvotes: 400 }); // 5 votes 8 days ago: 0, but 405 in total
    await createPaper({ id: "popular", upvotes: 90, feedDate: "2026-06-20" }); // no votes
    await createPaper({ id: "popular-later", upvotes: 90, feedDate: "2026-06-21" }); // no votes, later day
    await createPaper({ id: "quiet-b", upvotes: 1 });
    await createPaper({ id: "quiet-a", upvotes: 1 });
    await createPaper({ id: "future", upvotes: 0 }); // a vote from after `now`: ignored

    await votes("fresh-two", 1, 2);
    await votes("old-three", 96, 3);
    await votes("one-now", 0);
    await votes("stale", 8 * 24, 5);
    await votes("future", -2);

    const ranked = await trendingPapers({ limit: 20, now });
    expect(ranked.map((paper) => paper.id)).toEqual([
      "fresh-two",
      "one-now",
      "old-three",
      "stale",
      "popular-later",
      "popular",
      "future",
      "quiet-a",
      "quiet-b",
    ]);
    expect(ranked[0].upvotes).toBe(2);
    expect(ranked[2].score).toBeCloseTo(0.75, 10);
    expect(ranked[3]).toMatchObject({ score: 0, upvotes: 405 });
    expect(await trendingPapers({ limit: 2, now }).then((top) => top.map((paper) => paper.id))).toEqual([
      "fresh-two",
      "one-now",
    ]);
  });
});

describe("trendingPapers at scale", () => {
  it("ranks more recently upvoted papers than SQLite takes query parameters", async () => {
    const count = 2_000;
    await createPapers(
      Array.from({ length: count }, (_, i) => ({
        id: `bulk-${i}`,
        title: `Bulk ${i}`,
        abstract: "A.",
        feedDate: "2026-05-01",
      })),
    );
    // One upvote each this week; paper 7's is the latest, so it ranks first.
    await createUpvotes(
      Array.from({ length: count }, (_, i) => ({
        paperId: `bulk-${i}`,
        createdAt: hoursAgo(i === 7 ? 0 : 1 + i / 100),
      })),
    );
    const top = await trendingPapers({ limit: 3, now });
    expect(top.map((paper) => paper.id)).toEqual(["bulk-7", "bulk-0", "bulk-1"]);
    expect(top[0]).toMatchObject({ title: "Bulk 7", abstract: "A." });
  });
});
