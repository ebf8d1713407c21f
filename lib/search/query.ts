// Turns what a person types into an FTS5 MATCH expression (SQLite) or a tsquery (PostgreSQL)
// that cannot be a syntax error.
//
// The input is read as words and "quoted phrases"; a trailing * asks for a prefix match. Each
// becomes an FTS5 string ("" escapes a quote inside it), so nothing a person types is ever FTS
// syntax: parentheses, colons, NEAR(, ^ and the like are only text, which the tokenizer then
// splits into words. Bare AND, OR and NOT are dropped as the operators people mean them to be,
// not words to find. The terms are joined by FTS5's implicit AND: every one must match.

/** Longest input a search accepts; the API answers 400 above it, the page says so. */
export const MAX_QUERY_LENGTH = 500;
// Control characters (NUL, escapes, line breaks) are nothing a person searches for; NUL would cut
// the query short in SQLite's C strings.
const CONTROL_CHARACTER = /\p{Cc}/u;

/** Why a search cannot run as typed, in words for the person who typed it; null when it can. */
export function searchInputProblem(input: string): string | null {
  if (input.length > MAX_QUERY_LENGTH) return `must be at most ${MAX_QUERY_LENGTH} characters`;
  if (CONTROL_CHARACTER.test(input)) return "must not contain control characters (such as NUL or line breaks)";
  return null;
}

/** More terms than this add nothing but cost; the rest are ignored. */
const MAX_TERMS = 24;

const OPERATORS = new Set(["AND", "OR", "NOT"]);
// A word or phrase has to hold a letter or a digit, or the tokenizer finds nothing to match.
const HAS_TOKEN = /[\p{L}\p{N}]/u;
// "a quoted phrase" (an unclosed quote runs to the end), or a run of anything but spaces and quotes.
const CHUNK = /"([^"]*)"?(\*?)|([^\s"]+)/gu;

export interface SearchTerm {
  text: string;
  prefix: boolean;
  phrase: boolean;
}

/** The terms of the input, in order, at most MAX_TERMS of them. */
export function parseSearchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of input.matchAll(CHUNK)) {
    const [, quoted, quotedStar, bare] = match;
    const term =
      quoted !== undefined
        ? { text: quoted.trim(), prefix: quotedStar === "*", phrase: true }
        : { text: bare.replace(/\*+$/, ""), prefix: bare.endsWith("*"), phrase: false };
    if (!term.phrase && OPERATORS.has(term.text)) continue;
    if (!HAS_TOKEN.test(term.text)) continue;
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** One term as an FTS5 string, with the prefix star outside the quotes where FTS5 wants it. */
export function ftsString(text: string, prefix = false): string {
  return `"${text.replaceAll('"', '""')}"${prefix ? "*" : ""}`;
}

/** The MATCH expression for the input, or null when it holds nothing to search for. */
export function toMatchExpression(input: string): string | null {
  const terms = parseSearchTerms(input);
  return terms.length ? terms.map((term) => ftsString(term.text, term.prefix)).join(" ") : null;
}

/** The words of a text as the index sees them (SQLite's unicode61 with remove_diacritics 2). */
export function indexWords(text: string): string[] {
  const folded = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * One term as tsquery text: its words in a row (<->), as FTS5 reads a string, the last one a
 * prefix (:*) when asked. The words hold only letters and digits, so quoting them is enough.
 */
export function tsQueryTerm(text: string, prefix = false): string | null {
  const words = indexWords(text).map((word) => `'${word}'`);
  if (!words.length) return null;
  if (prefix) words[words.length - 1] += ":*";
  return words.join(" <-> ");
}

/**
 * The tsquery for the input (for to_tsquery with the paper_search configuration, which folds
 * accents as the index does), or null when it holds nothing to search for: the same terms as
 * toMatchExpression, every one required.
 */
export function toTsQuery(input: string): string | null {
  const terms = parseSearchTerms(input).flatMap((term) => tsQueryTerm(term.text, term.prefix) ?? []);
  return terms.length ? terms.map((term) => (term.includes(" ") ? `(${term})` : term)).join(" & ") : null;
}
