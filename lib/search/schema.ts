// The zod schemas of GET /api/papers/search: its query and its items, for the handler and lib/openapi.
import { z } from "zod";
import { dailyPaperItem } from "../papers/schema";
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
