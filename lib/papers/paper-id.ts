// Paper ids are stable and URL-safe: the arXiv id when known, otherwise a slug of the title.
// Written once; the paper-id pattern below is built from it.
const ARXIV_ID_SOURCE = String.raw`\d{4}\.\d{4,5}`;
const ARXIV_ID = new RegExp(`^${ARXIV_ID_SOURCE}$`);

export function isArxivId(id: string): boolean {
  return ARXIV_ID.test(id);
}

/** "SwiftKV: Fast Prefill-Optimized Inference" → "swiftkv-fast-prefill-optimized-inference". */
export function slugifyTitle(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "paper";
}

/** A well-formed id: an arXiv id or a slug. Anything else cannot name a paper. */
export const PAPER_ID_PATTERN = new RegExp(`^(?:${ARXIV_ID_SOURCE}|[a-z0-9]+(?:-[a-z0-9]+)*)$`);
