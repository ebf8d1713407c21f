// GET /api/papers/search: the search page's results as JSON, each item in the shape of
// /api/daily_papers (Hugging Face's), plus the matched words highlighted. Without q (as
// huggingface_hub's list_papers() asks when given no query): every paper, newest on the feed first.
import "server-only";
import { z } from "zod";
import { newestPapers } from "../papers/daily-papers-api";
import { hfFeedItem, hfFeedItemsInOrder } from "../papers/hf-shape";
import { segmentsToHtml } from "./highlight";
import { searchPapers } from "./search";
import { MAX_QUERY_LENGTH } from "./query";

export const searchApiQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
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

export async function searchApi(query: SearchApiQuery): Promise<{ total: number; items: SearchApiItem[] }> {
  const page = { limit: query.limit, offset: query.p * query.limit };
  if (!query.q) return newestPapers(page);
  const { total, hits } = await searchPapers(query.q, page);
  const highlights = new Map(
    hits.map((hit) => [hit.id, { title: segmentsToHtml(hit.highlight.title), summary: segmentsToHtml(hit.highlight.abstract) }]),
  );
  const items = await hfFeedItemsInOrder(hits.map((hit) => hit.id));
  return { total, items: items.map((item) => ({ ...item, highlight: highlights.get(item.paper.id) })) };
}
