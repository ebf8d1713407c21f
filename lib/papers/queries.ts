// Reads for the feed and paper pages. Each selects only what its page shows.
import { db } from "../db/client";
import type { Day, Span } from "./dates";
import { VISIBLE } from "./visibility";

export const paperSummarySelect = {
  id: true,
  title: true,
  abstract: true,
  authors: true,
  authorCount: true,
  publishedOn: true,
  feedDate: true,
  upvotes: true,
  githubStars: true,
  importedComments: true,
  localComments: true,
  submittedBy: true,
  submitter: { select: { handle: true } },
  organization: { select: { slug: true, name: true } },
} as const;

export interface PaperSummary {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  authorCount: number | null;
  publishedOn: string | null;
  feedDate: string;
  upvotes: number;
  /** The GitHub repository's stars, when a source gave them. */
  githubStars: number | null;
  /** The comment count the source reported (0 when it gave none). */
  importedComments: number;
  /** Comments written here and not deleted. */
  localComments: number;
  /** "anonymous" for a visitor's submission (a member's is `submitter`); null when imported. */
  submittedBy: string | null;
  submitter: { handle: string } | null;
  organization: { slug: string; name: string } | null;
}

type Row = Omit<PaperSummary, "authors"> & { authors: unknown };

/** The strings of a JSON array column (authors, categories, keywords); anything else is none. */
export function stringsOf(json: unknown): string[] {
  return Array.isArray(json) ? json.filter((item): item is string => typeof item === "string") : [];
}

export function toSummary(row: Row): PaperSummary {
  return { ...row, authors: stringsOf(row.authors) };
}

/**
 * The feed order: most upvoted first; ties go to the paper id in alphabetical order, which is
 * stable across requests and served by the (feedDate, upvotes, id) index.
 */
export const FEED_ORDER = [{ upvotes: "desc" }, { id: "asc" }] as const;

export async function papersInSpan(
  span: Pick<Span, "from" | "to">,
  page: { limit: number; offset: number } = { limit: 500, offset: 0 },
): Promise<PaperSummary[]> {
  const rows = await db.paper.findMany({
    where: { ...VISIBLE, feedDate: { gte: span.from, lte: span.to } },
    orderBy: [...FEED_ORDER],
    select: paperSummarySelect,
    take: page.limit,
    skip: page.offset,
  });
  return rows.map(toSummary);
}

export function countPapersInSpan(span: Pick<Span, "from" | "to">): Promise<number> {
  return db.paper.count({ where: { ...VISIBLE, feedDate: { gte: span.from, lte: span.to } } });
}

export async function latestFeedDate(): Promise<Day | null> {
  const row = await db.paper.findFirst({ where: VISIBLE, orderBy: { feedDate: "desc" }, select: { feedDate: true } });
  return row?.feedDate ?? null;
}

export async function earliestFeedDate(): Promise<Day | null> {
  const row = await db.paper.findFirst({ where: VISIBLE, orderBy: { feedDate: "asc" }, select: { feedDate: true } });
  return row?.feedDate ?? null;
}

/** The nearest days before and after `day` that have papers (either may be null). */
export async function neighbourFeedDates(day: Day): Promise<{ previous: Day | null; next: Day | null }> {
  const [previous, next] = await Promise.all([
    db.paper.findFirst({
      where: { ...VISIBLE, feedDate: { lt: day } },
      orderBy: { feedDate: "desc" },
      select: { feedDate: true },
    }),
    db.paper.findFirst({
      where: { ...VISIBLE, feedDate: { gt: day } },
      orderBy: { feedDate: "asc" },
      select: { feedDate: true },
    }),
  ]);
  return { previous: previous?.feedDate ?? null, next: next?.feedDate ?? null };
}

/**
 * The papers of the ids, by id; an id whose paper was deleted or hidden meanwhile is missing. For a page's
 * worth of ids: SQLite caps the parameters of one query.
 */
export async function papersByIds(ids: string[]): Promise<Map<string, PaperSummary>> {
  const rows = await db.paper.findMany({ where: { ...VISIBLE, id: { in: ids } }, select: paperSummarySelect });
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}

export async function getPaper(id: string): Promise<PaperSummary | null> {
  const row = await db.paper.findFirst({ where: { ...VISIBLE, id }, select: paperSummarySelect });
  return row ? toSummary(row) : null;
}
