// A search's terms found in a text by JavaScript, word for word as SQLite's index finds them
// (unicode61 with remove_diacritics 2): to mark the matched words of a page of results and to
// check that a cached ranking's papers still match, without asking the index. On SQLite, a MATCH
// for the 20 papers of a page opens the whole doclist of each word it names, ~4 ms for a word
// most papers contain and ~200 ms for a common prefix; the papers' text is read by rowid in 0.1 ms.
// See docs/decisions/0029-search-pages-marked-in-javascript.md.
import { MATCH_END, MATCH_START } from "./highlight";
import type { SearchTerm } from "./query";

interface Token {
  start: number;
  end: number;
  word: string;
}

/** A term as the index reads it: its words in a row, the last one a prefix when asked. */
export interface Phrase {
  words: string[];
  prefix: boolean;
}

/**
 * The words of a text as unicode61 with remove_diacritics 2 folds them: lowercased, accents taken
 * off Latin letters only ("déjà" is "deja", "μοντέλα" stays itself), compatibility characters
 * such as the ligature "ﬁ" kept (unlike indexWords, which folds them as PostgreSQL does).
 */
function folded(text: string): string[] {
  const unaccented = text
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC");
  return unaccented.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function toPhrases(terms: SearchTerm[]): Phrase[] {
  return terms.map((term) => ({ words: folded(term.text), prefix: term.prefix })).filter((p) => p.words.length);
}

// A run of letters and digits with the marks on them; its words are what the index folds it to.
// Most text is ASCII, where a run is letters and digits and lowercasing is all the folding.
const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII_RUN = /[A-Za-z0-9]+/g;
const NOT_ASCII = /[^\x00-\x7f]/;

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  const ascii = !NOT_ASCII.test(text);
  for (const run of text.matchAll(ascii ? ASCII_RUN : RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    for (const word of ascii ? [run[0].toLowerCase()] : folded(run[0])) tokens.push({ start, end, word });
  }
  return tokens;
}

/** Whether the phrase starts at the i-th token. */
function startsAt(tokens: Token[], i: number, { words, prefix }: Phrase): boolean {
  return words.every((word, k) => {
    const token = tokens[i + k]?.word;
    return token !== undefined && (prefix && k === words.length - 1 ? token.startsWith(word) : token === word);
  });
}

/**
 * The texts with every instance of the phrases between MATCH_START and MATCH_END, as FTS5's
 * highlight() marks them (a phrase from its first word to its last, overlapping instances as
 * one); null unless every phrase is found in one of the texts (a phrase within one text), as a
 * MATCH of the texts' row requires.
 */
export function markedMatch(texts: string[], phrases: Phrase[]): string[] | null {
  const found = new Set<Phrase>();
  const marked = texts.map((text) => {
    const tokens = tokensOf(text);
    const spans: [number, number][] = [];
    tokens.forEach((token, i) => {
      for (const phrase of phrases) {
        if (!startsAt(tokens, i, phrase)) continue;
        found.add(phrase);
        const end = tokens[i + phrase.words.length - 1].end;
        const last = spans.at(-1);
        if (last && token.start < last[1]) last[1] = Math.max(last[1], end);
        else spans.push([token.start, end]);
      }
    });
    let result = "";
    let from = 0;
    for (const [start, end] of spans) {
      result += `${text.slice(from, start)}${MATCH_START}${text.slice(start, end)}${MATCH_END}`;
      from = end;
    }
    return result + text.slice(from);
  });
  return found.size === phrases.length ? marked : null;
}
