import { describe, expect, it, vi } from "vitest";
import { cachedAnswer, dropCachedAnswers } from "@/lib/papers/answer-cache";

describe("cachedAnswer", () => {
  it("computes once within the time limit, and again after it or after a drop", async () => {
    vi.useFakeTimers();
    try {
      const compute = vi.fn(async () => `answer ${compute.mock.calls.length}`);
      expect(await cachedAnswer("k", 1000, compute)).toBe("answer 1");
      expect(await cachedAnswer("k", 1000, compute)).toBe("answer 1");
      vi.advanceTimersByTime(1001);
      expect(await cachedAnswer("k", 1000, compute)).toBe("answer 2");
      dropCachedAnswers();
      expect(await cachedAnswer("k", 1000, compute)).toBe("answer 3");
      expect(compute).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not keep an answer computed while a drop happened", async () => {
    let release!: () => void;
    const slow = cachedAnswer(
      "race",
      60_000,
      () => new Promise<string>((resolve) => (release = () => resolve("before the vote"))),
    );
    dropCachedAnswers();
    release();
    expect(await slow).toBe("before the vote");
    expect(await cachedAnswer("race", 60_000, async () => "after the vote")).toBe("after the vote");
  });

  it("keeps answers from the papers' text alone through a vote's drop, and drops them with everything else", async () => {
    let computed = 0;
    const compute = async () => ++computed;
    const text = () => cachedAnswer("ranking x", 60_000, compute, { textOnly: true });
    const counts = () => cachedAnswer("page x", 60_000, compute);
    expect([await text(), await counts()]).toEqual([1, 2]);
    dropCachedAnswers("counts");
    expect([await text(), await counts()]).toEqual([1, 3]);
    dropCachedAnswers();
    expect([await text(), await counts()]).toEqual([4, 5]);
  });

  it("does not keep a text-only answer computed while a drop of everything happened, but keeps one across a vote's", async () => {
    const racing = async (scope: "all" | "counts") => {
      let release!: () => void;
      const slow = cachedAnswer(
        `ranking ${scope}`,
        60_000,
        () => new Promise<string>((resolve) => (release = () => resolve("first"))),
        {
          textOnly: true,
        },
      );
      dropCachedAnswers(scope);
      release();
      await slow;
      return cachedAnswer(`ranking ${scope}`, 60_000, async () => "second", { textOnly: true });
    };
    expect(await racing("counts")).toBe("first");
    expect(await racing("all")).toBe("second");
  });
});
