// The zod schemas of GET /api/papers/search: its query and its items, for the handler and lib/openapi.
import { z } from "zod";
import { hfFeedItem } from "../papers/schema";
import { MAX_QUERY_LENGTH, searchInputProblem } from "./query";

export const searchApiQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
      .superRefine((q, ctx) => {
        const problem = searchInputProblem(q);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional()
      .meta({ description: 'Words, "quoted phrases" and prefixes like transform*; every one must match. None: every paper, newest first.' }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    p: z.coerce.number().int().min(0).max(10_000).default(0).meta({ description: "Page, from 0." }),
  })
  .strict();

export type SearchApiQuery = z.infer<typeof searchApiQuery>;

export const searchApiItem = hfFeedItem.extend({
  highlight: z
    .object({ title: z.string(), summary: z.string() })
    .optional()
    .meta({ description: "With q only. HTML: the text escaped, matched words in <mark>; the summary is an excerpt." }),
});

export type SearchApiItem = z.infer<typeof searchApiItem>;
