// "More like this": the paper's most distinctive words (frequent in it, rare in the others, by
// tf·idf over the search index's counts of the words in at most MAX_PAPERS_PER_TERM papers), any
// of which a related paper must contain; the index then ranks the papers that share the most and
// the rarest of them. No external service.
import "server-only";
import { db } from "../db/client";
import { cachedAnswer } from "../papers/answer-cache";
import { papersByIds, type PaperSummary } from "../papers/queries";
import { VISIBLE } from "../papers/visibility";
import { fullTextIndex } from "./full-text";
import { indexWords } from "./query";

const RELATED_TERMS = 12;
const MIN_WORD_LENGTH = 3;
// A word in more papers than this (or in over half of them) says little about what a paper is
// about, and counting and ranking the papers of such words took ~0.4 s a page at 100,000 papers:
// this bounds both (docs/decisions/0031-more-like-this-by-rare-words.md).
const MAX_PAPERS_PER_TERM = 1000;
const VISIBLE_COUNT_CACHE_MS = 60_000;

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
  // The papers in the search index (hidden ones are not); only a hide or an import changes it.
  const countVisible = () => db.paper.count({ where: VISIBLE });
  const documents = await cachedAnswer("visible papers", VISIBLE_COUNT_CACHE_MS, countVisible, { textOnly: true });
  const common = Math.min(documents / 2, MAX_PAPERS_PER_TERM);
  // A common word is dropped below, so counting further tells nothing.
  const counts = await fullTextIndex().documentFrequencies(terms, Math.floor(common) + 1);
  return (
    [...counts]
      .map(([term, doc]) => ({ term, doc }))
      // In this paper only: nothing to relate by.
      .filter(({ doc }) => doc > 1 && doc <= common)
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
  const ids = await fullTextIndex().papersWithAny(terms, paper.id, limit);
  const papers = await papersByIds(ids);
  return ids.flatMap((id) => papers.get(id) ?? []);
}
