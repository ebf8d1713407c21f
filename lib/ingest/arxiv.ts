// The arXiv source: metadata by id (`id_list`, up to 100 ids a request) and the submissions of a
// day in the configured categories (`search_query`, paged). arXiv answers Atom; it is parsed with
// a real XML parser, and arXiv's own error entries (an <entry> whose id is
// http://arxiv.org/api/errors#…) are reported as skipped ids rather than papers.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Day } from "../papers/dates";
import { parseArxivRef } from "./arxiv-id";
import type { HttpClient } from "./http-client";
import { cleanLine, cleanParagraphs } from "./text";
import { LIMITS, type IncomingPaper, type PaperSource, type SkippedEntry, type SourceResult } from "./types";
import { UpstreamError } from "./upstream-error";

export interface ArxivSourceOptions {
  apiUrl: string;
  categories: string[];
  http: HttpClient;
  /** Entries per request; arXiv serves at most 2000, and smaller pages fail less. */
  pageSize?: number;
  /** Stop paging a day after this many pages. */
  maxPages?: number;
}

/** arXiv's id_list takes many ids, but it asks for modest requests. */
export const ARXIV_IDS_PER_REQUEST = 100;
const ERROR_ID = "http://arxiv.org/api/errors";
const ATOM = "application/atom+xml";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // arxiv:comment, opensearch:totalResults… become comment, totalResults: no Atom element shares those names.
  removeNSPrefix: true,
  // Ids such as 2406.10000 must stay text, not become the number 2406.1.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name, jpath) => ["feed.entry", "feed.entry.author", "feed.entry.link", "feed.entry.category", "feed.entry.author.affiliation"].includes(String(jpath)),
});

type XmlNode = Record<string, unknown>;

/** An element's text, whether it was parsed as a string or as an object with attributes. */
function text(node: unknown): string | undefined {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String((node as XmlNode)["#text"]);
  return undefined;
}

function attr(node: unknown, name: string): string | undefined {
  const value = node && typeof node === "object" ? (node as XmlNode)[`@${name}`] : undefined;
  return typeof value === "string" ? value : undefined;
}

function nodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function optionalText(node: unknown, max: number): string | null {
  const value = text(node);
  return value ? cleanLine(value).slice(0, max) || null : null;
}

/** The feed's root, after checking that the answer is well-formed Atom; anything else fails the run. */
export function parseAtom(body: string, contentType: string): XmlNode {
  const looksLikeAtom = contentType.includes("xml") || body.trimStart().startsWith("<?xml");
  if (!looksLikeAtom) {
    throw new UpstreamError(`arXiv answered ${contentType || "an unknown type"} instead of Atom: ${cleanLine(body).slice(0, 80)}`, "garbage");
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new UpstreamError(`arXiv answered malformed XML (line ${valid.err.line}: ${valid.err.msg}); the answer may be truncated`, "garbage");
  }
  const feed = (parser.parse(body) as XmlNode).feed;
  if (!feed || typeof feed !== "object") throw new UpstreamError("arXiv answered XML that is not an Atom feed", "garbage");
  return feed as XmlNode;
}

class EntryProblem extends Error {}

function requiredDate(node: unknown, field: string): Date {
  const value = text(node);
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new EntryProblem(`${field} is missing or not a date ("${value ?? ""}")`);
  return date;
}

function boundedText(value: string | undefined, field: string, max: number, clean: (text: string) => string): string {
  const cleaned = value === undefined ? "" : clean(value);
  if (!cleaned) throw new EntryProblem(`${field} is missing`);
  if (cleaned.length > max) throw new EntryProblem(`${field} is longer than ${max} characters`);
  return cleaned;
}

/** One Atom entry as a paper; throws EntryProblem naming what makes it unusable. */
function toPaper(entry: XmlNode, id: string, version: number | null): IncomingPaper {
  const authorNodes = nodes(entry.author);
  if (authorNodes.length > LIMITS.authors) throw new EntryProblem(`more than ${LIMITS.authors} authors`);
  const authors = authorNodes.map((author) => boundedText(text(author.name), "an author's name", LIMITS.authorName, cleanLine));
  const affiliations = authorNodes.map((author) => {
    const names = nodes(author.affiliation).map((node) => cleanLine(text(node) ?? "")).filter(Boolean);
    return names.length ? names.join("; ").slice(0, LIMITS.affiliation) : null;
  });
  const links = nodes(entry.link);
  const primary = attr(entry.primary_category, "term") ?? null;
  const others = nodes(entry.category).map((node) => attr(node, "term")).filter((term): term is string => Boolean(term));
  return {
    id,
    source: "arxiv",
    title: boundedText(text(entry.title), "title", LIMITS.title, cleanLine),
    abstract: boundedText(text(entry.summary), "summary", LIMITS.abstract, cleanParagraphs),
    authors,
    affiliations,
    publishedAt: requiredDate(entry.published, "published"),
    revisedAt: requiredDate(entry.updated, "updated"),
    version,
    primaryCategory: primary,
    categories: [...new Set([...(primary ? [primary] : []), ...others])],
    doi: optionalText(entry.doi, LIMITS.url),
    journalRef: optionalText(entry.journal_ref, LIMITS.comment),
    comment: optionalText(entry.comment, LIMITS.comment),
    absUrl: attr(links.find((link) => attr(link, "rel") === "alternate"), "href") ?? `https://arxiv.org/abs/${id}`,
    pdfUrl: attr(links.find((link) => attr(link, "title") === "pdf"), "href") ?? `https://arxiv.org/pdf/${id}`,
  };
}

/** Keeps the first entry of each id: paging can shift while arXiv adds submissions. */
function withoutRepeats(result: SourceResult): SourceResult {
  const seen = new Set<string>();
  const papers: IncomingPaper[] = [];
  const skipped = [...result.skipped];
  for (const paper of result.papers) {
    if (seen.has(paper.id)) skipped.push({ ref: paper.id, reason: "listed twice; the first entry was used", kind: "invalid" });
    else papers.push(paper);
    seen.add(paper.id);
  }
  return { papers, skipped };
}

interface ParsedFeed extends SourceResult {
  totalResults: number;
  entryCount: number;
}

/** The papers of one Atom answer; unusable entries and arXiv's error entries become skipped ones. */
export function readFeed(body: string, contentType: string, feedDate?: Day): ParsedFeed {
  const feed = parseAtom(body, contentType);
  const entries = nodes(feed.entry);
  const papers: IncomingPaper[] = [];
  const skipped: SkippedEntry[] = [];
  entries.forEach((entry, index) => {
    const rawId = text(entry.id) ?? "";
    if (rawId.startsWith(ERROR_ID)) {
      const reason = cleanLine(text(entry.summary) ?? "arXiv reported an error");
      skipped.push({ ref: decodeURIComponent(rawId.slice(ERROR_ID.length + 1)) || "request", reason: `arXiv: ${reason}`, kind: "invalid" });
      return;
    }
    const ref = parseArxivRef(rawId.replace(/^https?:\/\/arxiv\.org\/abs\//, ""));
    if (!ref) {
      skipped.push({ ref: rawId || `entry ${index + 1}`, reason: rawId ? "not a new-style arXiv id" : "entry without an id", kind: "invalid" });
      return;
    }
    try {
      papers.push({ ...toPaper(entry, ref.id, ref.version), ...(feedDate && { feedDate }) });
    } catch (error) {
      if (!(error instanceof EntryProblem)) throw error;
      skipped.push({ ref: ref.id, reason: error.message, kind: "invalid" });
    }
  });
  const total = Number(text(feed.totalResults) ?? entries.length);
  return { papers, skipped, totalResults: Number.isFinite(total) ? total : entries.length, entryCount: entries.length };
}

/** "2026-06-22" → "202606220000"/"202606222359", the bounds arXiv's submittedDate filter takes. */
function submittedRange(day: Day): string {
  const compact = day.replaceAll("-", "");
  return `submittedDate:[${compact}0000 TO ${compact}2359]`;
}

export function createArxivSource(options: ArxivSourceOptions): PaperSource {
  const { apiUrl, categories, http, pageSize = 100, maxPages = 50 } = options;

  async function query(params: Record<string, string>, feedDate?: Day): Promise<ParsedFeed> {
    const url = `${apiUrl}?${new URLSearchParams(params)}`;
    const answer = await http.getText(url, ATOM);
    return readFeed(answer.body, answer.contentType, feedDate);
  }

  return {
    name: "arxiv",

    async fetchDay(day) {
      const categoryQuery = categories.map((category) => `cat:${category}`).join(" OR ");
      const search_query = `(${categoryQuery}) AND ${submittedRange(day)}`;
      const result: SourceResult = { papers: [], skipped: [] };
      for (let page = 0; page < maxPages; page += 1) {
        const start = page * pageSize;
        const feed = await query(
          { search_query, sortBy: "submittedDate", sortOrder: "descending", start: String(start), max_results: String(pageSize) },
          day,
        );
        result.papers.push(...feed.papers);
        result.skipped.push(...feed.skipped);
        if (start + feed.entryCount >= feed.totalResults) return withoutRepeats(result);
        // arXiv sometimes answers an empty page in the middle of a result; importing only part of the day would look complete.
        if (feed.entryCount === 0) {
          throw new UpstreamError(`arXiv answered an empty page at ${start} of ${feed.totalResults} results; try again later`, "garbage");
        }
      }
      result.skipped.push({ ref: day, reason: `more than ${maxPages * pageSize} submissions; the rest were not fetched`, kind: "invalid" });
      return withoutRepeats(result);
    },

    async fetchIds(ids) {
      const result: SourceResult = { papers: [], skipped: [] };
      const wanted: string[] = [];
      for (const raw of ids) {
        const ref = parseArxivRef(raw);
        if (ref) wanted.push(raw.trim());
        else result.skipped.push({ ref: raw, reason: "not an arXiv id like 2406.12345", kind: "invalid" });
      }
      for (let i = 0; i < wanted.length; i += ARXIV_IDS_PER_REQUEST) {
        const batch = wanted.slice(i, i + ARXIV_IDS_PER_REQUEST);
        const feed = await query({ id_list: batch.join(","), max_results: String(batch.length) });
        result.papers.push(...feed.papers);
        result.skipped.push(...feed.skipped);
        const found = new Set(feed.papers.map((paper) => paper.id));
        for (const raw of batch) {
          const { id } = parseArxivRef(raw)!;
          if (!found.has(id) && !feed.skipped.some((entry) => entry.ref.includes(id))) {
            result.skipped.push({ ref: id, reason: "arXiv does not know this id", kind: "unknown" });
          }
        }
      }
      return withoutRepeats(result);
    },
  };
}
