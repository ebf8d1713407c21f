import { describe, expect, it } from "vitest";
import { authorNames, createRng, paperAbstract, paperTitle, zipfShares } from "@/scripts/bench/synthetic";

describe("the bench's synthetic content", () => {
  it("is the same for the same seed", () => {
    const make = () => {
      const rng = createRng(42);
      const title = paperTitle(rng);
      return [title, paperAbstract(rng, title), authorNames(rng)];
    };
    expect(make()).toEqual(make());
  });

  it("writes abstracts of 1,000 to 2,000 characters and 1 to 30 authors", () => {
    const rng = createRng(1);
    for (let i = 0; i < 500; i++) {
      const abstract = paperAbstract(rng, paperTitle(rng));
      expect(abstract.length).toBeGreaterThanOrEqual(1000);
      expect(abstract.length).toBeLessThanOrEqual(2000);
      const authors = authorNames(rng).length;
      expect(authors).toBeGreaterThanOrEqual(1);
      expect(authors).toBeLessThanOrEqual(30);
    }
  });

  it("splits votes with a long tail, exactly, and never beyond the cap", () => {
    const shares = zipfShares(createRng(3), 10_000, 100_000, 2_000);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(Math.max(...shares)).toBeLessThanOrEqual(2_000);
    const sorted = [...shares].sort((a, b) => b - a);
    // The top 1% hold far more than 1% of the votes.
    expect(sorted.slice(0, 100).reduce((a, b) => a + b, 0)).toBeGreaterThan(10_000);
  });
});
