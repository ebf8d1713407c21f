import { describe, expect, it } from "vitest";
import { getPaper } from "@/lib/papers/queries";
import { relatedPapers } from "@/lib/search/related-papers";
import { createPaper } from "../factories";

describe("relatedPapers", () => {
  it("finds the papers that share the paper's distinctive words, closest first, never itself", async () => {
    const common = "We present a method and evaluate it on a benchmark with results.";
    await createPaper({
      id: "self",
      title: "Quokka diffusion for marsupial video",
      abstract: `${common} Quokka marsupial burrows.`,
    });
    await createPaper({
      id: "close",
      title: "Quokka video tracking",
      abstract: `${common} Marsupial quokka burrows at night.`,
    });
    await createPaper({ id: "near", title: "Diffusion models", abstract: `${common} Image footage.` });
    await createPaper({ id: "far", title: "Compilers", abstract: `${common} Register allocation.` });
    for (let i = 0; i < 4; i += 1) await createPaper({ title: `Filler ${i}`, abstract: common });

    const paper = (await getPaper("self"))!;
    const related = await relatedPapers(paper, 5);
    expect(related.map((p) => p.id)).toEqual(["close", "near"]);
  });

  it("returns at most the limit, and nothing for a paper with no word in common", async () => {
    await createPaper({ id: "lonely", title: "Xylophone", abstract: "Zither." });
    for (let i = 0; i < 7; i += 1) await createPaper({ id: `w${i}`, title: `Wombat study ${i}`, abstract: "Wombats." });
    for (let i = 0; i < 8; i += 1) await createPaper({ title: `Filler ${i}`, abstract: "Nothing shared." });
    expect(await relatedPapers((await getPaper("lonely"))!, 5)).toEqual([]);
    expect(await relatedPapers((await getPaper("w0"))!, 5)).toHaveLength(5);
  });
});
