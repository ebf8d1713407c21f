// GET /api/papers/search: the search page's results as JSON, each item in the shape of
// /api/daily_papers (Hugging Face's), plus the matched words highlighted. Without q (as
// huggingface_hub's list_papers() asks when given no query): every paper, newest on the feed first.
import "server-only";
import { newestPapers } from "../papers/daily-papers-api";
import { hfFeedItemsInOrder } from "../papers/hf-shape";
import { segmentsToHtml } from "./highlight";
import { cachedSearch } from "./search";
import type { SearchApiItem, SearchApiQuery } from "./schema";

export async function searchApi(query: SearchApiQuery): Promise<{ total: number; items: SearchApiItem[] }> {
  const page = { limit: query.limit, offset: query.p * query.limit };
  if (!query.q) return newestPapers(page);
  const { total, hits } = await cachedSearch(query.q, page);
  const highlights = new Map(
    hits.map((hit) => [hit.id, { title: segmentsToHtml(hit.highlight.title), summary: segmentsToHtml(hit.highlight.abstract) }]),
  );
  const items = await hfFeedItemsInOrder(hits.map((hit) => hit.id));
  return { total, items: items.map((item) => ({ ...item, highlight: highlights.get(item.paper.id) })) };
}
