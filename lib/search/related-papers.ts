// "More like this": the paper's most distinctive words (frequent in it, rare in the others, by
// tf·idf over the search index's own term counts), any of which a related paper must contain;
// bm25 then ranks the papers that share the most and the rarest of them. No external service.
import "server-only";
import { db } from "../db/client";
import { papersByIds, type PaperSummary } from "../papers/queries";
import { VISIBLE } from "../papers/visibility";
import { BM25 } from "./search";
import { ftsString } from "./query";

const RELATED_TERMS = 12;
const MIN_WORD_LENGTH = 3;

/** The words of a text as the unicode61 tokenizer (remove_diacritics 2) sees them. */
export function indexWords(text: string): string[] {
  const folded = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Term → weight in the paper: title words count double. Numbers and short words are left out. */
function termFrequencies(paper: Pick<PaperSummary, "title" | "abstract">): Map<string, number> {
  const frequencies = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of indexWords(text)) {
      if (word.length < MIN_WORD_LENGTH || /^\p{N}+$/u.test(word)) continue;
      frequencies.set(word, (frequencies.get(word) ?? 0) + weight);
    }
  };
  add(paper.title, 2);
  add(paper.abstract, 1);
  return frequencies;
}

async function distinctiveTerms(paper: Pick<PaperSummary, "title" | "abstract">): Promise<string[]> {
  const frequencies = termFrequencies(paper);
  const terms = [...frequencies.keys()];
  if (!terms.length) return [];
  const [documents, counts] = await Promise.all([
    // The papers in the search index: hidden ones are not.
    db.paper.count({ where: VISIBLE }),
    db.$queryRawUnsafe<{ term: string; doc: number | bigint }[]>(
      `SELECT term, doc FROM PaperSearchTerms WHERE term IN (${terms.map(() => "?").join(", ")})`,
      ...terms,
    ),
  ]);
  return (
    counts
      .map(({ term, doc }) => ({ term, doc: Number(doc) }))
      // In this paper only: nothing to relate by. In over half the papers: a common word.
      .filter(({ doc }) => doc > 1 && doc <= documents / 2)
      .map(({ term, doc }) => ({ term, weight: frequencies.get(term)! * Math.log(documents / doc) }))
      .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
      .slice(0, RELATED_TERMS)
      .map(({ term }) => term)
  );
}

/** Up to `limit` papers most like this one, best first; never the paper itself. */
export async function relatedPapers(
  paper: Pick<PaperSummary, "id" | "title" | "abstract">,
  limit = 5,
): Promise<PaperSummary[]> {
  const terms = await distinctiveTerms(paper);
  if (!terms.length) return [];
  const rows = await db.$queryRawUnsafe<{ paperId: string }[]>(
    `SELECT paperId FROM PaperSearch WHERE PaperSearch MATCH ? AND paperId != ?
     ORDER BY ${BM25}, paperId LIMIT ?`,
    terms.map((term) => ftsString(term)).join(" OR "),
    paper.id,
    limit,
  );
  const papers = await papersByIds(rows.map((row) => row.paperId));
  return rows.flatMap((row) => papers.get(row.paperId) ?? []);
}
