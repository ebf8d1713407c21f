// Matched words, as ./matching.ts (SQLite) and ts_headline (PostgreSQL) mark them: each match
// between two control characters that cannot appear in a title or an abstract typed by a person.
// The text is then cut into plain segments, so it is rendered as text (React escapes it) or
// escaped here for HTML, and never parsed as markup.
import { escapeHtml } from "../papers/text";

/** The opening and closing markers of a match. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export interface Segment {
  text: string;
  match: boolean;
}

/** "a \u0002b\u0003 c" → [{ "a ", false }, { "b", true }, { " c", false }]. */
export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  let match = false;
  for (const part of marked.split(/([\u0002\u0003])/)) {
    if (part === MATCH_START) match = true;
    else if (part === MATCH_END) match = false;
    else if (part) segments.push({ text: part, match });
  }
  return segments;
}

/** The segments as HTML: escaped text, matches in <mark>. */
export function segmentsToHtml(segments: Segment[]): string {
  return segments.map(({ text, match }) => (match ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text))).join("");
}

/**
 * About `words` words of a marked text around its first match, with "…" where it was cut,
 * as FTS5's snippet() would give, the same on both databases. Cut here rather than by
 * ts_headline's MaxWords, which also drops whatever its parser takes for markup ("<b>") from the text.
 */
export function excerpt(marked: string, words: number): string {
  const parts = marked.split(/(\s+)/);
  const wordAt = parts.map((_, i) => i).filter((i) => i % 2 === 0 && parts[i] !== "");
  if (wordAt.length <= words) return marked;
  const firstMatch = Math.max(
    0,
    wordAt.findIndex((i) => parts[i].includes(MATCH_START)),
  );
  // The first match a sixth of the way in, so that the words before it show what it is about.
  const from = Math.max(0, Math.min(firstMatch - Math.floor(words / 6), wordAt.length - words));
  const to = from + words;
  const text = parts.slice(wordAt[from], wordAt[to - 1] + 1).join("");
  return `${from > 0 ? "…" : ""}${text}${to < wordAt.length ? "…" : ""}`;
}
