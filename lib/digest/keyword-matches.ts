// Which of a period's candidate papers a keyword (in the site's search syntax) finds: the same
// full-text index and parser as /papers?q=, asked only about the candidates. Readers repeat keywords
// ("diffusion", "llm"), so each one is asked once per run, however many readers follow or mute it.
import { fullTextIndex } from "../search/full-text";

export interface KeywordMatcher {
  /** Asks the index about the keywords not asked yet; call it before `matches`. */
  load(keywords: Iterable<string>): Promise<void>;
  /** The candidates a loaded keyword finds. */
  matches(keyword: string): ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function keywordMatcher(paperIds: string[]): KeywordMatcher {
  const index = fullTextIndex();
  const matching = index.among(paperIds);
  const answers = new Map<string, ReadonlySet<string>>();
  const ask = async (keyword: string): Promise<ReadonlySet<string>> => {
    const expression = index.expression(keyword);
    return expression ? new Set(await matching(expression)) : NONE;
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
