// Matched words, as FTS5's highlight() and snippet() mark them. SQLite wraps each match in two
// control characters that cannot appear in a title or an abstract typed by a person; the text is
// then cut into plain segments, so it is rendered as text (React escapes it) or escaped here for
// HTML, and never parsed as markup.
import { escapeHtml } from "../papers/text";

/** Passed to highlight() / snippet() as the opening and closing markers. */
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
