// GET /api/papers/search: the search page's results as JSON, each item in the shape of
// /api/daily_papers (Hugging Face's), plus the matched words highlighted.
import "server-only";
import { toDailyPaperItem } from "../papers/daily-papers-api";
import { segmentsToHtml } from "./highlight";
import { cachedSearch } from "./search";
import type { SearchApiItem, SearchApiQuery } from "./schema";

export async function searchApi(query: SearchApiQuery): Promise<{ total: number; items: SearchApiItem[] }> {
  const { total, hits } = await cachedSearch(query.q, { limit: query.limit, offset: query.p * query.limit });
  const items = hits.map((hit) => ({
    ...toDailyPaperItem(hit),
    highlight: { title: segmentsToHtml(hit.highlight.title), summary: segmentsToHtml(hit.highlight.abstract) },
  }));
  return { total, items };
}
