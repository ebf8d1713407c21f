// The zod schemas of the papers domain: the paper id as every route checks it, the query and the
// item of GET /api/daily_papers. Handlers parse with them and lib/openapi describes them.
import { z } from "zod";
import { daySpan, parseDay, parseMonth, parseWeek, type Span } from "./dates";
import { PAPER_ID_PATTERN } from "./paper-id";

/** A path or form parameter naming a paper. */
export const paperIdSchema = z.string().regex(PAPER_ID_PATTERN, "must be an arXiv id (2406.12345) or a lower-case slug");

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
