import { z } from "zod";

// Paper ids are stable and URL-safe: the arXiv id when known, otherwise a slug of the title.
const ARXIV_ID = /^\d{4}\.\d{4,5}$/;

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
export const PAPER_ID_PATTERN = /^(?:\d{4}\.\d{4,5}|[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The path parameters of /api/papers/{id} and the routes under it. */
export const paperIdParams = z.object({
  id: z.string().regex(PAPER_ID_PATTERN, "must be an arXiv id (2406.12345) or a lower-case slug"),
});
