// GET /api/papers/search: the search page's results as JSON, each item in the shape of
// /api/daily_papers (Hugging Face's), plus the matched words highlighted.
import "server-only";
import { z } from "zod";
import { dailyPaperItem, toDailyPaperItem } from "../papers/daily-papers-api";
import { segmentsToHtml } from "./highlight";
import { searchPapers } from "./search";
import { MAX_QUERY_LENGTH, searchInputProblem } from "./query";

export const searchApiQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, "give the words to search for")
      .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
      .superRefine((q, ctx) => {
        const problem = searchInputProblem(q);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .meta({ description: 'Words, "quoted phrases" and prefixes like transform*; every one must match.' }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    p: z.coerce.number().int().min(0).max(10_000).default(0).meta({ description: "Page, from 0." }),
  })
  .strict();

export type SearchApiQuery = z.infer<typeof searchApiQuery>;

export const searchApiItem = dailyPaperItem.extend({
  highlight: z
    .object({ title: z.string(), summary: z.string() })
    .meta({ description: "HTML: the text escaped, matched words in <mark>; the summary is an excerpt." }),
});

export type SearchApiItem = z.infer<typeof searchApiItem>;

export async function searchApi(query: SearchApiQuery): Promise<{ total: number; items: SearchApiItem[] }> {
  const { total, hits } = await searchPapers(query.q, { limit: query.limit, offset: query.p * query.limit });
  const items = hits.map((hit) => ({
    ...toDailyPaperItem(hit),
    highlight: { title: segmentsToHtml(hit.highlight.title), summary: segmentsToHtml(hit.highlight.abstract) },
  }));
  return { total, items };
}
