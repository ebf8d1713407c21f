import { describe, expect, it } from "vitest";
import { bibtexText, citationKey } from "@/lib/papers/bibtex";

describe("bibtexText", () => {
  it("escapes what TeX reads as commands and keeps the authors' LaTeX", () => {
    expect(bibtexText("Q&A at 50% #1")).toBe("Q\\&A at 50\\% \\#1");
    expect(bibtexText("Already \\& escaped")).toBe("Already \\& escaped");
    expect(bibtexText("$\\mathcal{O}(n)$ and \\emph{this}")).toBe("$\\mathcal{O}(n)$ and \\emph{this}");
  });

  it("balances braces, which BibTeX needs", () => {
    expect(bibtexText("a } b")).toBe("a  b");
    expect(bibtexText("a { b")).toBe("a { b}");
    expect(bibtexText("}{")).toBe("{}");
  });

  it("puts line breaks and runs of spaces on one line", () => {
    expect(bibtexText("  two\n  lines  ")).toBe("two lines");
  });
});

describe("citationKey", () => {
  const base = { id: "2406.12345", publishedAt: null, publishedOn: "2017-06-12", feedDate: "2026-06-22" };

  it("is the first author's family name, the year and the first real word of the title", () => {
    expect(citationKey({ ...base, title: "Attention Is All You Need", authors: ["Ashish Vaswani", "Noam Shazeer"] })).toBe("vaswani2017attention");
    expect(citationKey({ ...base, title: "The Ünusual Case", authors: ["Émile Borel"] })).toBe("borel2017unusual");
  });

  it("still gives a key without authors", () => {
    expect(citationKey({ ...base, title: "On a Thing", authors: [] })).toBe("paper2017thing");
  });
});
