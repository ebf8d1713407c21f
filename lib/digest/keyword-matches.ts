// Which of a period's candidate papers a keyword (in the site's search syntax) finds: the same
// FTS5 index and parser as /papers?q=, asked only about the candidates. Readers repeat keywords
// ("diffusion", "llm"), so each one is asked once per run, however many readers follow or mute it.
import { Prisma } from "../generated/prisma/client";
import { db } from "../db/client";
import { toMatchExpression } from "../search/query";

export interface KeywordMatcher {
  /** Asks the index about the keywords not asked yet; call it before `matches`. */
  load(keywords: Iterable<string>): Promise<void>;
  /** The candidates a loaded keyword finds. */
  matches(keyword: string): ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function keywordMatcher(paperIds: string[]): KeywordMatcher {
  let rows: Promise<{ hit: number | bigint }[]> | undefined;
  const answers = new Map<string, ReadonlySet<string>>();
  // The index rows of the candidates, found once: paperId is not indexed, rowid is.
  const candidateRows = () =>
    (rows ??= paperIds.length
      ? db.$queryRaw<
          { hit: number | bigint }[]
        >`SELECT rowid AS hit FROM "PaperSearch" WHERE "paperId" IN (${Prisma.join(paperIds)})`
      : Promise.resolve([]));
  const ask = async (keyword: string): Promise<ReadonlySet<string>> => {
    const expression = toMatchExpression(keyword);
    const hits = await candidateRows();
    if (!expression || hits.length === 0) return NONE;
    const found = await db.$queryRaw<{ paperId: string }[]>`
      SELECT "paperId" FROM "PaperSearch"
      WHERE "PaperSearch" MATCH ${expression} AND rowid IN (${Prisma.join(hits.map((row) => row.hit))})`;
    return new Set(found.map((row) => row.paperId));
  };
  return {
    async load(keywords) {
      for (const keyword of new Set(keywords)) {
        if (!answers.has(keyword)) answers.set(keyword, await ask(keyword));
      }
    },
    matches(keyword) {
      const answer = answers.get(keyword);
      if (!answer) throw new Error(`The keyword ${JSON.stringify(keyword)} was not loaded`);
      return answer;
    },
  };
}
