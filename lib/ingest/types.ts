// What every source delivers: papers in one shape, and the entries it could not use with the reason.
import type { Day } from "../papers/dates";

export type SourceName = "hf" | "arxiv";

export interface IncomingOrganization {
  /** Hugging Face's organization name, used as the slug: "meta-llama". */
  slug: string;
  /** Its full name: "Meta Llama". */
  name: string;
  avatarUrl: string | null;
}

/**
 * One paper as a source describes it. A field that is `undefined` is one the source does not
 * know about, and an import leaves the stored value alone; `null` means the source says "none".
 */
export interface IncomingPaper {
  /** The arXiv id without its version: "2406.12345". */
  id: string;
  source: SourceName;
  title: string;
  abstract: string;
  /** Author names in the paper's order. */
  authors: string[];
  /** Aligned with `authors`; null where the source gives none. */
  affiliations?: (string | null)[];
  /** The feed day the source puts it on; undefined when the source has no feed (arXiv by id). */
  feedDate?: Day;
  /** First published on arXiv. */
  publishedAt: Date | null;
  revisedAt?: Date | null;
  version?: number | null;
  primaryCategory?: string | null;
  /** Primary first. */
  categories?: string[];
  doi?: string | null;
  journalRef?: string | null;
  comment?: string | null;
  absUrl?: string;
  pdfUrl?: string;
  /** Hugging Face's count: replaces the imported count, never local votes. */
  importedUpvotes?: number;
  importedComments?: number;
  githubRepo?: string | null;
  githubStars?: number | null;
  projectPage?: string | null;
  thumbnailUrl?: string | null;
  aiSummary?: string | null;
  aiKeywords?: string[];
  organization?: IncomingOrganization | null;
}

/** An upstream entry that was not imported. */
export interface SkippedEntry {
  /** The arXiv id when the entry had one, else its position ("page 2, entry 7"). */
  ref: string;
  reason: string;
  /** "unknown": the source does not know this id; "invalid": the entry or id is unusable. */
  kind: "unknown" | "invalid";
}

export interface SourceResult {
  papers: IncomingPaper[];
  skipped: SkippedEntry[];
}

export interface PaperSource {
  name: SourceName;
  /** Every paper of the day, all pages fetched before returning; throws UpstreamError on garbage. */
  fetchDay(day: Day): Promise<SourceResult>;
  /** Papers by arXiv id (versions allowed: "2406.12345v2"). */
  fetchIds(ids: string[]): Promise<SourceResult>;
}

/** Limits on what one entry may hold; larger entries are skipped as unusable. */
export const LIMITS = {
  title: 1_000,
  abstract: 20_000,
  authors: 5_000,
  authorName: 300,
  affiliation: 1_000,
  keywords: 100,
  keyword: 200,
  summary: 5_000,
  url: 2_000,
  comment: 2_000,
} as const;
