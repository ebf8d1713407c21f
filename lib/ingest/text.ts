// Titles and abstracts arrive hard-wrapped (arXiv keeps the submitter's line breaks). Readers want
// running text: whitespace inside a paragraph becomes one space, blank lines stay paragraph
// breaks, and LaTeX ($\alpha$-stable, \emph{…}) is kept exactly as written.

/** One line: every run of whitespace, newlines included, becomes one space. */
export function cleanLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Paragraphs separated by one blank line, each on one line. */
export function cleanParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(cleanLine)
    .filter(Boolean)
    .join("\n\n");
}
