// A paper's BibTeX entry, in the form arXiv gives (@misc with eprint, archivePrefix and
// primaryClass), which BibTeX, biblatex, Zotero and Google Scholar all read.
import { isArxivId } from "./paper-id";
import { paperLinks, publicationDay, type PaperDetail } from "./detail";

type BibPaper = Pick<
  PaperDetail,
  "id" | "title" | "authors" | "publishedAt" | "publishedOn" | "feedDate" | "primaryCategory" | "doi" | "journalRef" | "githubRepo" | "projectPage"
>;

const STOP_WORDS = new Set(["a", "an", "the", "on", "of", "for", "in", "to", "and", "with", "towards", "toward"]);

function asciiWord(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** "vaswani2017attention": the first author's family name, the year, the title's first word. */
export function citationKey(paper: Pick<BibPaper, "title" | "authors" | "publishedAt" | "publishedOn" | "feedDate">): string {
  const family = asciiWord(paper.authors[0]?.trim().split(/\s+/).at(-1) ?? "");
  const word = paper.title
    .split(/\s+/)
    .map(asciiWord)
    .find((candidate) => candidate && !STOP_WORDS.has(candidate));
  return `${family || "paper"}${publicationDay(paper).slice(0, 4)}${word ?? ""}`;
}

/**
 * A field's text with its braces balanced (BibTeX fails on an unbalanced one) and the characters
 * TeX reads as commands (& % #) escaped; LaTeX the authors wrote ($\alpha$, \emph{…}) stays.
 */
export function bibtexText(text: string): string {
  let depth = 0;
  let out = "";
  for (const char of text.replace(/\s+/g, " ").trim()) {
    if (char === "{") depth += 1;
    if (char === "}") {
      if (depth === 0) continue;
      depth -= 1;
    }
    out += char;
  }
  // Close what was opened: cheaper than guessing which opening brace was the stray one.
  out += "}".repeat(depth);
  return out.replace(/(?<!\\)([&%#])/g, "\\$1");
}

export function toBibtex(paper: BibPaper, pageUrl: string): string {
  const links = paperLinks(paper);
  const fields: [string, string | null][] = [
    ["title", bibtexText(paper.title)],
    ["author", paper.authors.length ? paper.authors.map(bibtexText).join(" and ") : null],
    ["year", publicationDay(paper).slice(0, 4)],
    ["eprint", isArxivId(paper.id) ? paper.id : null],
    ["archivePrefix", isArxivId(paper.id) ? "arXiv" : null],
    ["primaryClass", paper.primaryCategory ? bibtexText(paper.primaryCategory) : null],
    ["doi", paper.doi ? bibtexText(paper.doi) : null],
    ["note", paper.journalRef ? bibtexText(paper.journalRef) : null],
    ["url", links.arxiv ?? pageUrl],
  ];
  const present = fields.filter((field): field is [string, string] => field[1] !== null);
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`);
  return `@misc{${citationKey(paper)},\n${lines.join(",\n")}\n}\n`;
}
