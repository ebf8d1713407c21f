// GET /api/daily_papers in the shape of Hugging Face's endpoint, so that existing clients work.
import "server-only";
import { dayToIso, daySpan } from "./dates";
import { latestFeedDate, papersInSpan, type PaperSummary } from "./queries";
import type { DailyPaperItem, DailyPapersQuery } from "./schema";

export function toDailyPaperItem(paper: PaperSummary): DailyPaperItem {
  return {
    paper: {
      id: paper.id,
      title: paper.title,
      summary: paper.abstract,
      authors: paper.authors.map((name) => ({ name })),
      authorCount: paper.authorCount ?? (paper.authors.length || null),
      publishedAt: paper.publishedOn ? dayToIso(paper.publishedOn) : null,
      submittedOnDailyAt: dayToIso(paper.feedDate),
      upvotes: paper.upvotes,
    },
    title: paper.title,
    summary: paper.abstract,
    publishedAt: dayToIso(paper.feedDate),
    ...(paper.organization && { organization: { name: paper.organization.slug, fullname: paper.organization.name } }),
  };
}

/** The items of the requested span (the latest day by default), one page of them. */
export async function dailyPapers(query: DailyPapersQuery): Promise<DailyPaperItem[]> {
  let span = query.date ?? query.week ?? query.month;
  if (!span) {
    const latest = await latestFeedDate();
    if (!latest) return [];
    span = daySpan(latest);
  }
  const papers = await papersInSpan(span, { limit: query.limit, offset: query.p * query.limit });
  return papers.map(toDailyPaperItem);
}
