import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDailyPage } from "@/prisma/seed/parse-daily-page";

const text = readFileSync("prisma/seed/daily-papers-2026-06-22.txt", "utf8");
const page = parseDailyPage(text, 2026);
const byTitle = (prefix: string) => page.papers.find((paper) => paper.title.startsWith(prefix));

describe("parseDailyPage on the real seed page", () => {
  it("reads the header date as the feed day", () => {
    expect(page.feedDate).toBe("2026-06-22");
  });

  it("finds all 58 papers with 51 upvotes in all", () => {
    expect(page.papers).toHaveLength(58);
    expect(page.papers.reduce((sum, paper) => sum + paper.upvotes, 0)).toBe(51);
  });

  it("lists the four entries without author and date lines as incomplete", () => {
    expect(page.incomplete).toEqual([
      "EVODiff: Entropy-aware Variance Optimized Diffusion Inference",
      "Steer2Edit: From Activation Steering to Component-Level Editing",
      "Q-Palette: Fractional-Bit Quantizers Toward Optimal Bit Allocation for Efficient LLM Deployment",
      "MARLIN: Mixed-Precision Auto-Regressive Parallel Inference on Large Language Models",
    ]);
    const evodiff = byTitle("EVODiff")!;
    expect(evodiff).toMatchObject({ authorCount: null, organization: null, publishedOn: null, upvotes: 0 });
    expect(evodiff.abstract.length).toBeGreaterThan(100);
  });

  it("reads a paper with an author count, an explicit year and upvotes", () => {
    expect(byTitle("SwiftKV")).toMatchObject({
      title: "SwiftKV: Fast Prefill-Optimized Inference with Knowledge-Preserving Model Transformation",
      authorCount: 4,
      organization: null,
      publishedOn: "2024-10-04",
      upvotes: 2,
    });
    expect(byTitle("SwiftKV")!.abstract).toMatch(/^LLM inference for popular enterprise use cases/);
  });

  it("reads an organization as slug and display name, and a yearless date in the feed's year", () => {
    expect(byTitle("Lip Forcing")).toMatchObject({
      authorCount: null,
      organization: { slug: "kaist-ai", name: "KAIST AI" },
      publishedOn: "2026-06-09",
      upvotes: 2,
    });
    expect(byTitle("Experience-Guided Adaptation")).toMatchObject({
      organization: { slug: "AWS", name: "Amazon Web Services" },
      publishedOn: "2025-11-14",
      upvotes: 2,
    });
  });

  it("reads a date with no upvotes as 0 upvotes", () => {
    expect(byTitle("Quantizing deep convolutional")).toMatchObject({
      authorCount: 1,
      publishedOn: "2018-06-21",
      upvotes: 0,
    });
    expect(byTitle("Tstars-Tryon")).toMatchObject({ publishedOn: "2026-04-20", upvotes: 8 });
  });

  it("reads the last entry of the page, which has no trailing newline", () => {
    expect(page.papers.at(-1)).toMatchObject({
      title: "Entropy Adaptive Decoding: Dynamic Model Switching for Efficient Inference",
      authorCount: 1,
      publishedOn: "2025-02-05",
    });
  });
});

describe("parseDailyPage on edge cases", () => {
  const header = "Daily Papers\n\nbyAK and the research community\n\nJan 3\n\n";

  it("puts a yearless date that would fall after the feed day in the year before", () => {
    const parsed = parseDailyPage(`${header}A title\n\nAn abstract.\n\n  • 2 authors\n·\nDec 30 5\n`, 2027);
    expect(parsed.feedDate).toBe("2027-01-03");
    expect(parsed.papers[0]).toMatchObject({ publishedOn: "2026-12-30", upvotes: 5, authorCount: 2 });
  });

  it("refuses a page without the header", () => {
    expect(() => parseDailyPage("Just a title\n\nAnd text", 2026)).toThrow(/header/);
  });
});
