import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START } from "@/lib/search/highlight";
import { markedMatch, toPhrases } from "@/lib/search/matching";
import { parseSearchTerms, toMatchExpression } from "@/lib/search/query";

const phrases = (input: string) => toPhrases(parseSearchTerms(input));
const mark = (text: string) => text.replaceAll(MATCH_START, "[").replaceAll(MATCH_END, "]");

// Texts with what the tokenizer has to get right: case, accents, digits, punctuation, markup,
// other scripts, runs of spaces and words that only start like the query's.
const TEXTS = [
  "Diffusion Transformers for video diffusion",
  "Crème brûlée, CREME and crème-brûlée: a Déjà-vu study",
  "State-of-the-art LLMs (GPT-4o, Llama 3.1) on state of the art benchmarks",
  "Why <script>alert(1)</script> & quokka tags; quokkas, QUOKKA!",
  "Large  language models: a large language model's large-language modelling",
  "Über Straße und Ärger — naïve façade of the coöperative",
  "机器学习 模型 and Ελληνικά μοντέλα with ﬁne ligatures",
  "transformer transformers transform transformation Transformed",
];
const QUERIES = [
  "diffusion",
  "diffusion video",
  "creme",
  "brulee creme",
  '"creme brulee"',
  "state-of-the-art",
  '"state of the art"',
  "gpt 4o",
  "quokka",
  "quokka*",
  "script",
  '"large language"',
  '"large language" model*',
  '"large lang"*',
  "uber strasse",
  "ärger naive",
  "cooperative",
  "μοντέλα",
  "μοντελα",
  "ελληνικα",
  "transform*",
  "transformer",
  "tra*",
  "fine",
  "ﬁne",
];

describe("markedMatch", () => {
  it("marks what FTS5's highlight() marks, and matches the rows a MATCH finds", () => {
    // The index's own tokenizer, as migration 20261128040100_search_prefix declares it.
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
    const insert = sqlite.prepare("INSERT INTO t (rowid, text) VALUES (?, ?)");
    TEXTS.forEach((text, i) => insert.run(i + 1, text));
    const search = sqlite.prepare<[string], { rowid: number; marked: string }>(
      `SELECT rowid, highlight(t, 0, '${MATCH_START}', '${MATCH_END}') AS marked FROM t WHERE t MATCH ? ORDER BY rowid`,
    );
    let matched = 0;
    for (const query of QUERIES) {
      const fromIndex = new Map(search.all(toMatchExpression(query)!).map((row) => [row.rowid, mark(row.marked)]));
      matched += fromIndex.size;
      TEXTS.forEach((text, i) => {
        const ours = markedMatch([text], phrases(query));
        expect({ query, text, marked: ours && mark(ours[0]) }).toEqual({
          query,
          text,
          marked: fromIndex.get(i + 1) ?? null,
        });
      });
    }
    // The comparison is only worth something if the queries find something (some rightly find nothing).
    expect(matched).toBeGreaterThanOrEqual(20);
    sqlite.close();
  });

  it("marks a phrase from its first word to its last, and overlapping instances as one", () => {
    expect(markedMatch(["a large  language model"], phrases('"large language"'))!.map(mark)).toEqual([
      "a [large  language] model",
    ]);
    expect(markedMatch(["one two three"], phrases('"one two" "two three"'))!.map(mark)).toEqual(["[one two three]"]);
  });

  it("needs every term in one of the texts, a phrase within one text", () => {
    expect(markedMatch(["Wombat", "burrows"], phrases("wombat burrows"))!.map(mark)).toEqual(["[Wombat]", "[burrows]"]);
    expect(markedMatch(["Wombat", "tunnels"], phrases("wombat burrows"))).toBeNull();
    expect(markedMatch(["large", "language"], phrases('"large language"'))).toBeNull();
  });
});
