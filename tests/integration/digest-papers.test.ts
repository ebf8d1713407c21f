import { describe, expect, it } from "vitest";
import { createPapers, createUpvotes } from "../factories";
import { digestPapers, DIGEST_SIZE } from "@/lib/digest/papers";
import { digestPeriod } from "@/lib/digest/period";

describe("digestPapers at scale", () => {
  it("ranks a week with more qualifying papers than SQLite takes query parameters", async () => {
    const now = new Date("2026-06-28T12:00:00Z");
    const count = 2_000;
    await createPapers(
      Array.from({ length: count }, (_, i) => ({
        id: `bulk-${i}`,
        title: `Bulk paper ${i}`,
        abstract: "An abstract.",
        feedDate: "2026-05-01",
      })),
    );
    // Every paper got one upvote this week; paper 7's is the most recent, so it ranks first.
    await createUpvotes(
      Array.from({ length: count }, (_, i) => ({
        paperId: `bulk-${i}`,
        createdAt: new Date(now.getTime() - (i === 7 ? 1 : 10 + i) * 60_000),
      })),
    );

    const papers = await digestPapers(digestPeriod("weekly", now));
    expect(papers).toHaveLength(DIGEST_SIZE);
    expect(papers.map((paper) => paper.id)).toEqual([
      "bulk-7",
      ...Array.from({ length: DIGEST_SIZE - 1 }, (_, i) => `bulk-${i < 7 ? i : i + 1}`),
    ]);
    expect(papers[0]).toMatchObject({ title: "Bulk paper 7", abstract: "An abstract." });
  });
});
