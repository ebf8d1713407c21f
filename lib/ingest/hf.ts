// The Hugging Face source: GET {HF_ENDPOINT}/api/daily_papers?date=YYYY-MM-DD, every page of it.
// Each entry is checked with zod; one that does not fit (no id, a bad date, wrong types, oversized
// fields) is skipped with its reason and the rest are imported. The shape is that of
// huggingface_hub's PaperInfo: the paper's own fields under `paper`, the feed's (thumbnail,
// numComments) beside it; fields that moved between the two over time are read from either.
import { z } from "zod";
import { toDay, type Day } from "../papers/dates";
import { parseArxivRef } from "./arxiv-id";
import type { HttpClient } from "./http-client";
import { cleanLine, cleanParagraphs } from "./text";
import { LIMITS, type IncomingOrganization, type IncomingPaper, type PaperSource, type SourceResult } from "./types";
import { UpstreamError } from "./upstream-error";

export interface HfSourceOptions {
  endpoint: string;
  http: HttpClient;
  /** Entries per page; Hugging Face serves at most 100. */
  pageSize?: number;
  maxPages?: number;
}

const instant = z.iso.datetime({ offset: true, message: "is not a date and time" }).transform((value) => new Date(value));
const url = z.url({ protocol: /^https?$/, message: "is not a web address" }).max(LIMITS.url);
const count = z.int().min(0);

const organization = z.looseObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/, "is not an organization name"),
  fullname: z.string().max(LIMITS.authorName).optional(),
  // Daily papers call it `avatar`; the organization API `avatarUrl`.
  avatar: z.string().max(LIMITS.url).optional(),
  avatarUrl: z.string().max(LIMITS.url).optional(),
});

/** The fields that may sit under `paper` or beside it. */
const extras = {
  githubRepo: z.string().max(LIMITS.url).nullish(),
  githubStars: count.nullish(),
  projectPage: url.nullish().or(z.literal("")),
  ai_summary: z.string().max(LIMITS.summary).nullish(),
  ai_keywords: z.array(z.string().max(LIMITS.keyword)).max(LIMITS.keywords).nullish(),
  organization: organization.nullish(),
};

const paper = z.looseObject({
  id: z.string({ message: "is missing" }).refine((id) => parseArxivRef(id) !== null, "is not an arXiv id like 2406.12345"),
  title: z.string().min(1).max(LIMITS.title),
  summary: z.string().max(LIMITS.abstract).default(""),
  authors: z
    .array(z.looseObject({ name: z.string().min(1).max(LIMITS.authorName), hidden: z.boolean().optional() }))
    .max(LIMITS.authors)
    .default([]),
  publishedAt: instant.nullish(),
  submittedOnDailyAt: instant.nullish(),
  upvotes: count.default(0),
  ...extras,
});

export const hfDailyEntry = z.looseObject({
  paper,
  thumbnail: url.nullish(),
  numComments: count.default(0),
  ...extras,
});

export type HfDailyEntry = z.input<typeof hfDailyEntry>;

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "entry"} ${issue.message}`).join("; ");
}

/** "owner/repo" (as Hugging Face often stores it) or a full URL → a full URL. */
function githubUrl(repo: string | null | undefined): string | null {
  if (!repo) return null;
  return /^https?:\/\//.test(repo) ? repo : `https://github.com/${repo.replace(/^\/+/, "")}`;
}

/** An http(s) address; Hugging Face gives some avatars as paths ("/avatars/x.svg") on its own site. */
function webAddress(value: string | undefined, site: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, site);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function toOrganization(org: z.infer<typeof organization> | null | undefined, site: string): IncomingOrganization | null {
  if (!org) return null;
  return { slug: org.name, name: org.fullname?.trim() || org.name, avatarUrl: webAddress(org.avatar || org.avatarUrl, site) };
}

function toPaper(entry: z.infer<typeof hfDailyEntry>, day: Day | undefined, site: string): IncomingPaper {
  const p = entry.paper;
  const pick = <K extends keyof typeof extras>(key: K) => p[key] ?? entry[key];
  return {
    id: parseArxivRef(p.id)!.id,
    source: "hf",
    title: cleanLine(p.title),
    abstract: cleanParagraphs(p.summary),
    authors: p.authors.filter((author) => !author.hidden).map((author) => cleanLine(author.name)),
    publishedAt: p.publishedAt ?? null,
    // The day the paper is on Hugging Face's feed; the requested day when the entry does not say.
    feedDate: p.submittedOnDailyAt ? toDay(p.submittedOnDailyAt) : day,
    importedUpvotes: p.upvotes,
    importedComments: entry.numComments,
    githubRepo: githubUrl(pick("githubRepo")),
    githubStars: pick("githubStars") ?? null,
    projectPage: pick("projectPage") || null,
    thumbnailUrl: entry.thumbnail ?? null,
    aiSummary: pick("ai_summary") ? cleanParagraphs(pick("ai_summary")!) : null,
    aiKeywords: (pick("ai_keywords") ?? []).map(cleanLine).filter(Boolean),
    organization: toOrganization(pick("organization"), site),
  };
}

function readJson(body: string, contentType: string, what: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    const excerpt = cleanLine(body).slice(0, 80) || "empty";
    const problem = contentType.includes("html") ? `HTML instead of the ${what} (${excerpt})` : `something that is not JSON instead of the ${what} (${excerpt}); the answer may be truncated`;
    throw new UpstreamError(`Hugging Face answered ${problem}`, "garbage");
  }
}

/** The entries of one page: a JSON array, or the run fails (HTML, a truncated body, an error object). */
export function readDailyPage(body: string, contentType: string): unknown[] {
  const json = readJson(body, contentType, "daily papers list");
  if (!Array.isArray(json)) throw new UpstreamError("Hugging Face answered JSON that is not a list of daily papers", "garbage");
  return json;
}

/**
 * Reads entries as pages arrive, so that only the papers are kept in memory, not the raw JSON:
 * valid entries become papers; duplicates (pages shift while a day's list grows) and invalid
 * ones are skipped with their reason.
 */
class EntryReader {
  readonly result: SourceResult = { papers: [], skipped: [] };
  private readonly seen = new Set<string>();

  constructor(
    private readonly day: Day | undefined,
    private readonly site: string,
  ) {}

  read(entry: unknown, where: string): void {
    const parsed = hfDailyEntry.safeParse(entry);
    if (!parsed.success) {
      const rawId = (entry as { paper?: { id?: unknown } } | null)?.paper?.id;
      this.result.skipped.push({ ref: typeof rawId === "string" && rawId ? rawId : where, reason: describe(parsed.error), kind: "invalid" });
      return;
    }
    const incoming = toPaper(parsed.data, this.day, this.site);
    if (this.seen.has(incoming.id)) {
      this.result.skipped.push({ ref: incoming.id, reason: "listed twice; the first entry was used", kind: "invalid" });
      return;
    }
    this.seen.add(incoming.id);
    this.result.papers.push(incoming);
  }
}

export function createHfSource(options: HfSourceOptions): PaperSource {
  const { endpoint, http, pageSize = 100, maxPages = 200 } = options;

  async function fetchDay(day: Day): Promise<SourceResult> {
    const reader = new EntryReader(day, endpoint);
    for (let p = 0; p < maxPages; p += 1) {
      const answer = await http.getText(`${endpoint}/api/daily_papers?${new URLSearchParams({ date: day, p: String(p), limit: String(pageSize) })}`, "application/json");
      const page = readDailyPage(answer.body, answer.contentType);
      page.forEach((entry, index) => reader.read(entry, `page ${p + 1}, entry ${index + 1}`));
      if (page.length < pageSize) return reader.result;
    }
    throw new UpstreamError(`Hugging Face listed more than ${maxPages} pages for ${day}; stopped rather than import part of the day`, "garbage");
  }

  return {
    name: "hf",
    fetchDay,
    async fetchIds(ids) {
      // GET /api/papers/{id} answers the `paper` part of a daily entry; a 404 is an id Hugging Face does not have.
      const reader = new EntryReader(undefined, endpoint);
      for (const raw of ids) {
        const ref = parseArxivRef(raw);
        if (!ref) {
          reader.result.skipped.push({ ref: raw, reason: "not an arXiv id like 2406.12345", kind: "invalid" });
          continue;
        }
        try {
          const answer = await http.getText(`${endpoint}/api/papers/${ref.id}`, "application/json");
          reader.read({ paper: readJson(answer.body, answer.contentType, "paper") }, ref.id);
        } catch (error) {
          if (!(error instanceof UpstreamError && error.status === 404)) throw error;
          reader.result.skipped.push({ ref: ref.id, reason: "Hugging Face does not know this id", kind: "unknown" });
        }
      }
      return reader.result;
    },
  };
}
