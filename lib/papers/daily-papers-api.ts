// GET /api/daily_papers in the shape of Hugging Face's endpoint, so that existing clients work.
import "server-only";
import { daySpan } from "./dates";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { trendingIds } from "../votes/trending";
import { hfFeedItemsInOrder, hfPaperSelect, toHfFeedItem } from "./hf-shape";
import { FEED_ORDER, latestFeedDate } from "./queries";
import { VISIBLE } from "./visibility";
import type { DailyPapersQuery, HfFeedItem } from "./schema";

// Trending is ranked in memory; deeper pages than this answer nothing rather than rank the table.
export const TRENDING_DEPTH = 1000;

// Newest on the feed first; a day's submissions newest first, then the day's usual order.
const PUBLISHED_ORDER: Prisma.PaperOrderByWithRelationInput[] = [
  { feedDate: "desc" },
  // Imported papers (no submission time) after the submitted ones, on SQLite and PostgreSQL alike.
  { submittedAt: { sort: "desc", nulls: "last" } },
  ...FEED_ORDER,
];

/** A member's submissions by their handle, or the visitors' ones by the name they are stored under. */
function submittedByWhere(submitter: string): Prisma.PaperWhereInput {
  return { OR: [{ submitter: { handle: submitter } }, { submitterId: null, submittedBy: submitter }] };
}

/** The items of the requested span (the latest day by default), one page of them. */
export async function dailyPapers(query: DailyPapersQuery): Promise<HfFeedItem[]> {
  const offset = query.p * query.limit;
  let span = query.date ?? query.week ?? query.month;
  if (query.sort === "trending" && !query.submitter) {
    if (offset + query.limit > TRENDING_DEPTH) return [];
    return hfFeedItemsInOrder((await trendingIds({ limit: query.limit, offset, span })).map((paper) => paper.id));
  }
  if (!span && !query.submitter) {
    const latest = await latestFeedDate();
    if (!latest) return [];
    span = daySpan(latest);
  }
  const rows = await db.paper.findMany({
    where: {
      ...VISIBLE,
      ...(span && { feedDate: { gte: span.from, lte: span.to } }),
      ...(query.submitter && submittedByWhere(query.submitter)),
    },
    orderBy: query.sort === "publishedAt" ? PUBLISHED_ORDER : [...FEED_ORDER],
    select: hfPaperSelect,
    take: query.limit,
    skip: offset,
  });
  return rows.map(toHfFeedItem);
}

/** Every paper, newest on the feed first, one page of them, and how many there are. */
export async function newestPapers(page: {
  limit: number;
  offset: number;
}): Promise<{ total: number; items: HfFeedItem[] }> {
  const [total, rows] = await Promise.all([
    db.paper.count({ where: VISIBLE }),
    db.paper.findMany({
      where: VISIBLE,
      orderBy: PUBLISHED_ORDER,
      select: hfPaperSelect,
      take: page.limit,
      skip: page.offset,
    }),
  ]);
  return { total, items: rows.map(toHfFeedItem) };
}
