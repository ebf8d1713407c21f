import { describe, expect, it } from "vitest";
import { rankTrending, trendingScores } from "@/lib/votes/trending";

const now = new Date("2026-06-22T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const vote = (paperId: string, hours: number) => ({ paperId, createdAt: hoursAgo(hours) });

describe("trendingScores", () => {
  it("counts an upvote of now as 1, halves it every 48 hours, and drops it after 7 days", () => {
    const scores = trendingScores([vote("a", 0), vote("b", 48), vote("c", 96), vote("d", 7 * 24 + 1)], now);
    expect(scores.get("a")).toBeCloseTo(1, 10);
    expect(scores.get("b")).toBeCloseTo(0.5, 10);
    expect(scores.get("c")).toBeCloseTo(0.25, 10);
    expect(scores.has("d")).toBe(false);
  });

  it("ignores upvotes from the future (clock skew)", () => {
    expect(trendingScores([vote("a", -1)], now).size).toBe(0);
  });
});

describe("rankTrending", () => {
  const paper = (id: string, upvotes: number, feedDate = "2026-06-22") => ({ id, upvotes, feedDate });

  it("puts two fresh upvotes above three old ones, and any recent vote above none", () => {
    const votes = [vote("fresh", 1), vote("fresh", 2), vote("old", 140), vote("old", 150), vote("old", 160)];
    const ranked = rankTrending([paper("old", 3), paper("fresh", 2), paper("popular", 90)], trendingScores(votes, now));
    expect(ranked.map((p) => p.id)).toEqual(["fresh", "old", "popular"]);
  });

  it("breaks ties by total upvotes, then the later feed day, then id", () => {
    const ranked = rankTrending(
      [paper("b", 5, "2026-06-20"), paper("a", 5, "2026-06-20"), paper("c", 5, "2026-06-21"), paper("d", 9, "2026-06-01")],
      new Map(),
    );
    expect(ranked.map((p) => p.id)).toEqual(["d", "c", "a", "b"]);
  });

  it("equal recent votes at the same moment fall back to the total count", () => {
    const ranked = rankTrending([paper("x", 1), paper("y", 4)], trendingScores([vote("x", 5), vote("y", 5)], now));
    expect(ranked.map((p) => p.id)).toEqual(["y", "x"]);
  });
});
