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
});
