// One paper with everything the sources told about it: for its page, its Markdown, its BibTeX and
// GET /api/papers/{id}. An old address (a seed slug merged into its arXiv record) is "moved".
import "server-only";
import { db } from "../db/client";
import { resolvePaperAlias } from "./aliases";
import { hfPaperSelect, type HfPaperRow } from "./hf-shape";
import { isArxivId, PAPER_ID_PATTERN } from "./paper-id";
import { stringsOf } from "./queries";

const paperDetailSelect = {
  ...hfPaperSelect,
  primaryCategory: true,
  categories: true,
  revisedAt: true,
  version: true,
  doi: true,
  journalRef: true,
  comment: true,
  hiddenAt: true,
} as const;

export interface PaperDetail extends Omit<HfPaperRow, "authors" | "aiKeywords"> {
  authors: string[];
  aiKeywords: string[];
  categories: string[];
  primaryCategory: string | null;
  revisedAt: Date | null;
  version: number | null;
  doi: string | null;
  journalRef: string | null;
  comment: string | null;
  /** When an admin hid it; only the admin's view ever gets a hidden paper. */
  hiddenAt: Date | null;
  /** The row as Hugging Face's shape reads it. */
  row: HfPaperRow;
}

export type PaperLookup = { kind: "found"; paper: PaperDetail } | { kind: "moved"; id: string } | { kind: "missing" };

/** The paper as the public sees it: a hidden one is missing, unless `includeHidden` (admins). */
export async function lookupPaper(id: string, { includeHidden = false } = {}): Promise<PaperLookup> {
  if (!PAPER_ID_PATTERN.test(id)) return { kind: "missing" };
  const row = await db.paper.findUnique({ where: { id }, select: paperDetailSelect });
  if (row?.hiddenAt && !includeHidden) return { kind: "missing" };
  if (row) {
    const { authors, aiKeywords, categories, ...rest } = row;
    return {
      kind: "found",
      paper: {
        ...rest,
        authors: stringsOf(authors),
        aiKeywords: stringsOf(aiKeywords),
        categories: stringsOf(categories),
        row,
      },
    };
  }
  const movedTo = await resolvePaperAlias(id);
  return movedTo ? { kind: "moved", id: movedTo } : { kind: "missing" };
}

/** Only http(s) addresses become links: a source could hand us `javascript:`. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface PaperLinks {
  arxiv: string | null;
  pdf: string | null;
  github: string | null;
  projectPage: string | null;
}

export function paperLinks(paper: Pick<PaperDetail, "id" | "githubRepo" | "projectPage">): PaperLinks {
  const onArxiv = isArxivId(paper.id);
  return {
    arxiv: onArxiv ? `https://arxiv.org/abs/${paper.id}` : null,
    pdf: onArxiv ? `https://arxiv.org/pdf/${paper.id}` : null,
    github: safeHttpUrl(paper.githubRepo),
    projectPage: safeHttpUrl(paper.projectPage),
  };
}

/** "YYYY-MM-DD" of first publication, as well as the record knows it (else its feed day). */
export function publicationDay(paper: Pick<PaperDetail, "publishedAt" | "publishedOn" | "feedDate">): string {
  return paper.publishedAt?.toISOString().slice(0, 10) ?? paper.publishedOn ?? paper.feedDate;
}
