// The pages the bench loads: one of every page type people open, the feeds and the JSON API, each
// with the goal of issue 12. The paths come from the dataset itself (the bench day, its most
// upvoted paper, that paper's organization), so that every run asks for the same pages.
import Database from "better-sqlite3";
import { monthKey, weekKey } from "../../lib/papers/dates";

export interface PageTarget {
  /** Key in bench/results.json. */
  key: string;
  name: string;
  path: string;
  /** The least req/s the page must serve (besides a third of the day page's, which every page must). */
  minRps?: number;
  /** A search page: rate-limited per client, so every request comes from another address. */
  search?: boolean;
}

/** The day page: the reference every other page's throughput is compared with. */
export const DAY_PAGE = "day";
export const SEARCH_WORDS = ["model", "diffusion"] as const;
/** The pages issue 12 asks Lighthouse 100 of (search pages are rightly not indexed). */
export const LIGHTHOUSE_PAGES = [DAY_PAGE, "paper", "trending"] as const;

/** The bench day's most upvoted paper, and its organization (or any organization). */
function sampleRecords(database: string, day: string): { paperId: string; organization: string } {
  const db = new Database(database, { readonly: true });
  try {
    const paper = db
      .prepare(`SELECT id, organizationSlug FROM Paper WHERE feedDate = ? ORDER BY upvotes DESC, id LIMIT 1`)
      .get(day) as { id: string; organizationSlug: string | null } | undefined;
    if (!paper) throw new Error(`pages: no paper on the bench day ${day}`);
    const organization = paper.organizationSlug ?? (db.prepare(`SELECT slug FROM Organization ORDER BY slug LIMIT 1`).get() as { slug: string } | undefined)?.slug;
    if (!organization) throw new Error("pages: the dataset has no organization");
    return { paperId: paper.id, organization };
  } finally {
    db.close();
  }
}

/** Papers whose pages first views ask for: one request at a time, each paper's page the first time. */
const FIRST_VIEWS = 100;

/**
 * The pages of the FIRST_VIEWS newest papers besides `paperPath` (the paper page every other
 * measurement asks for): pages nobody has opened, rendered on their first request.
 */
export function firstViewPaths(database: string, paperPath: string): string[] {
  const db = new Database(database, { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT id FROM Paper WHERE hiddenAt IS NULL ORDER BY feedDate DESC, id LIMIT ?`)
      .all(FIRST_VIEWS + 1) as { id: string }[];
    return rows.map((row) => `/papers/${row.id}`).filter((path) => path !== paperPath).slice(0, FIRST_VIEWS);
  } finally {
    db.close();
  }
}

export function benchPages(database: string, day: string): PageTarget[] {
  const { paperId, organization } = sampleRecords(database, day);
  const feeds = (prefix: string, label: string, minRps?: number): PageTarget[] => [
    { key: `${label}Rss`, name: `${label} feed (RSS)`, path: `${prefix}/feed.xml`, minRps },
    { key: `${label}Atom`, name: `${label} feed (Atom)`, path: `${prefix}/atom.xml`, minRps },
    { key: `${label}Json`, name: `${label} feed (JSON)`, path: `${prefix}/feed.json`, minRps },
  ];
  return [
    { key: DAY_PAGE, name: "day page", path: `/papers/date/${day}` },
    { key: "week", name: "week page", path: `/papers/week/${weekKey(day)}` },
    { key: "month", name: "month page", path: `/papers/month/${monthKey(day)}` },
    { key: "paper", name: "paper page", path: `/papers/${paperId}` },
    { key: "organization", name: "organization page", path: `/organizations/${organization}` },
    { key: "trending", name: "trending page", path: "/papers/trending", minRps: 300 },
    ...SEARCH_WORDS.map((word) => ({ key: `search-${word}`, name: `search "${word}"`, path: `/papers?q=${word}`, minRps: 200, search: true })),
    ...feeds("/papers", "latest"),
    ...feeds("/papers/trending", "trending", 300),
    { key: "api", name: "daily_papers API", path: `/api/daily_papers?date=${day}` },
  ];
}
