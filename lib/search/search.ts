// Full-text search over the PaperSearch index (SQLite FTS5, kept in step with Paper by the
// triggers of the 20261126010000_search migration).
import "server-only";
import { db } from "../db/client";
import { MATCH_END, MATCH_START, toSegments, type Segment } from "./highlight";
import { papersByIds, type PaperSummary } from "../papers/queries";
import { toMatchExpression } from "./query";

// bm25 weight of each PaperSearch column (paperId, title, abstract, authors, organization):
// a word in the title counts five times one in the abstract.
export const BM25 = "bm25(PaperSearch, 0, 10, 2, 5, 4)";
const MARKS = `'${MATCH_START}', '${MATCH_END}'`;
const SNIPPET_TOKENS = 48;

export interface SearchHit extends PaperSummary {
  highlight: { title: Segment[]; abstract: Segment[] };
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

async function countMatches(expression: string): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ total: number | bigint }[]>(
    "SELECT count(*) AS total FROM PaperSearch WHERE PaperSearch MATCH ?",
    expression,
  );
  return Number(row.total);
}

/** The papers matching what a person typed, best first, one page of them. */
export async function searchPapers(input: string, page: { limit: number; offset: number }): Promise<SearchPage> {
  const expression = toMatchExpression(input);
  if (!expression) return { total: 0, hits: [] };
  // The total rides on every row of the page: an uncorrelated subquery, run once per query.
  const rows = await db.$queryRawUnsafe<{ paperId: string; title: string; abstract: string; total: number | bigint }[]>(
    `SELECT paperId,
            highlight(PaperSearch, 1, ${MARKS}) AS title,
            snippet(PaperSearch, 2, ${MARKS}, '…', ${SNIPPET_TOKENS}) AS abstract,
            (SELECT count(*) FROM PaperSearch WHERE PaperSearch MATCH ?) AS total
     FROM PaperSearch WHERE PaperSearch MATCH ?
     ORDER BY ${BM25}, paperId LIMIT ? OFFSET ?`,
    expression,
    expression,
    page.limit,
    page.offset,
  );
  const papers = await papersByIds(rows.map((row) => row.paperId));
  const hits = rows.flatMap((row) => {
    const paper = papers.get(row.paperId);
    return paper ? [{ ...paper, highlight: { title: toSegments(row.title), abstract: toSegments(row.abstract) } }] : [];
  });
  // A page past the end has no rows to carry the total: count again only then.
  const total = rows.length ? Number(rows[0].total) : page.offset > 0 ? await countMatches(expression) : 0;
  return { total, hits };
}
