// GET /api/daily_papers in the shape of Hugging Face's endpoint, so that existing clients work.
import "server-only";
import { z } from "zod";
import { dayToIso, daySpan, parseDay, parseMonth, parseWeek, type Span } from "./dates";
import { latestFeedDate, papersInSpan, type PaperSummary } from "./queries";

function spanParam(parse: (text: string) => Span | null, example: string) {
  return z.string().meta({ description: `Like ${example}.` }).transform((text, ctx) => {
    const span = parse(text);
    if (!span) ctx.addIssue({ code: "custom", message: `must be a real one, like ${example}` });
    return span ?? z.NEVER;
  });
}

export const dailyPapersQuery = z
  .object({
    date: spanParam((text) => {
      const day = parseDay(text);
      return day ? daySpan(day) : null;
    }, "2026-06-22").optional(),
    week: spanParam(parseWeek, "2026-W26").optional(),
    month: spanParam(parseMonth, "2026-06").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    p: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()
  .refine((query) => [query.date, query.week, query.month].filter(Boolean).length <= 1, {
    message: "give at most one of date, week and month",
  });

export type DailyPapersQuery = z.infer<typeof dailyPapersQuery>;

// The answer's shape, as a schema so that the OpenAPI document (lib/openapi) describes exactly
// what toDailyPaperItem returns.
export const dailyPaperItem = z.object({
  paper: z.object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    authors: z.array(z.object({ name: z.string() })),
    authorCount: z.int().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    submittedOnDailyAt: z.iso.datetime(),
    upvotes: z.int(),
  }),
  title: z.string(),
  summary: z.string(),
  publishedAt: z.iso.datetime(),
  organization: z.object({ name: z.string(), fullname: z.string() }).optional(),
});

export type DailyPaperItem = z.infer<typeof dailyPaperItem>;

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
