import { describe, expect, it } from "vitest";
import { snippet } from "@/lib/papers/text";

describe("snippet", () => {
  it("leaves short text alone", () => {
    expect(snippet("Short abstract.", 20)).toBe("Short abstract.");
  });

  it("cuts long text at a word boundary within the limit and adds an ellipsis", () => {
    const cut = snippet("Diffusion language models promise parallel generation", 30);
    expect(cut).toBe("Diffusion language models…");
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it("cuts inside a word when there is no space to cut at", () => {
    expect(snippet("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
