// What people paste into "Submit a paper": an arXiv id, or the address of a paper on arXiv or on
// Hugging Face. All of them name one paper, whose address here is its unversioned arXiv id.
// Old-style ids (hep-th/9901001) have a slash, cannot be a path segment here, and Hugging Face's
// daily papers do not use them either.
import { parseArxivRef } from "../ingest/arxiv-id";

const ARXIV_HOSTS = new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org"]);
const HF_HOSTS = new Set(["huggingface.co", "www.huggingface.co", "hf.co"]);

/** The paper's id in `path` ("/abs/2406.12345v2", "/pdf/2406.12345.pdf"), or null. */
function idInPath(path: string, prefixes: string[]): string | null {
  const segments = path.split("/").filter(Boolean);
  if (segments.length !== 2 || !prefixes.includes(segments[0])) return null;
  return idOf(segments[1].replace(/\.pdf$/i, ""));
}

function idOf(text: string): string | null {
  return parseArxivRef(text)?.id ?? null;
}

function url(text: string): URL | null {
  // People paste "arxiv.org/abs/…" without a scheme as often as with one.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/**
 * The unversioned arXiv id that `input` names: "2406.12345", "arXiv:2406.12345v3",
 * "https://arxiv.org/abs/2406.12345v2", "arxiv.org/pdf/2406.12345.pdf",
 * "https://huggingface.co/papers/2406.12345". Null for anything else.
 */
export function parseArxivReference(input: string): string | null {
  const text = input.trim();
  if (text.length === 0 || text.length > 300) return null;
  const bare = idOf(text.replace(/^arxiv:/i, ""));
  if (bare) return bare;
  const address = url(text);
  if (!address || !["http:", "https:"].includes(address.protocol)) return null;
  const host = address.hostname.toLowerCase();
  if (ARXIV_HOSTS.has(host)) return idInPath(address.pathname, ["abs", "pdf", "html"]);
  if (HF_HOSTS.has(host)) return idInPath(address.pathname, ["papers"]);
  return null;
}

export const ARXIV_REFERENCE_HINT =
  "Give an arXiv id like 2406.12345, or the paper's address on arxiv.org or huggingface.co/papers.";
