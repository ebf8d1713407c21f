// Stored papers in Hugging Face's JSON shapes (lib/papers/schema.ts):
// - a paper (GET /api/papers/{id}): camelCase fields, ai_summary/ai_keywords in snake case;
// - a feed item (GET /api/daily_papers, /api/papers/search): { paper, title, summary,
//   publishedAt (the feed moment), numComments, … }.
// A field the record does not know is left out, as Hugging Face does.
import "server-only";
import { db } from "../db/client";
import { dayToIso } from "./dates";
import { paperSummarySelect, stringsOf } from "./queries";
import { VISIBLE } from "./visibility";
import type { HfFeedItem, HfOrganization, HfPaper, HfUser } from "./schema";

export const hfPaperSelect = {
  ...paperSummarySelect,
  publishedAt: true,
  importedComments: true,
  localComments: true,
  githubRepo: true,
  githubStars: true,
  projectPage: true,
  thumbnailUrl: true,
  aiSummary: true,
  aiKeywords: true,
  submittedBy: true,
  submittedAt: true,
  submitter: { select: { handle: true, name: true } },
  organization: { select: { slug: true, name: true, avatarUrl: true } },
} as const;

export interface HfPaperRow {
  id: string;
  title: string;
  abstract: string;
  authors: unknown;
  authorCount: number | null;
  publishedOn: string | null;
  publishedAt: Date | null;
  feedDate: string;
  upvotes: number;
  importedComments: number;
  localComments: number;
  githubRepo: string | null;
  githubStars: number | null;
  projectPage: string | null;
  thumbnailUrl: string | null;
  aiSummary: string | null;
  aiKeywords: unknown;
  submittedBy: string | null;
  submittedAt: Date | null;
  submitter: { handle: string; name: string } | null;
  organization: { slug: string; name: string; avatarUrl: string | null } | null;
}

/** The feed moment: the submission's instant when it was submitted on its feed day, else the day. */
function feedInstant(row: HfPaperRow): string {
  const submitted = row.submittedAt?.toISOString();
  return submitted?.startsWith(row.feedDate) ? submitted : dayToIso(row.feedDate);
}

function organizationOf(row: HfPaperRow): HfOrganization | undefined {
  if (!row.organization) return undefined;
  const { slug, name, avatarUrl } = row.organization;
  return { name: slug, fullname: name, ...(avatarUrl && { avatar: avatarUrl }) };
}

/** Who submitted it, as Hugging Face names a user: the handle as `user` and `name`. */
function submitterOf(row: HfPaperRow): HfUser | undefined {
  if (row.submitter) {
    const { handle, name } = row.submitter;
    return { user: handle, name: handle, fullname: name || handle, type: "user" };
  }
  if (!row.submittedBy) return undefined;
  return { user: row.submittedBy, name: row.submittedBy, fullname: row.submittedBy, type: "user" };
}

type Present<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> };

/** The object without its null and undefined fields: Hugging Face leaves unknown fields out. */
function present<T extends object>(object: T): Present<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== null),
  ) as Present<T>;
}

/** The source's comments and this site's live ones: what a reader of either would count. */
function commentCount(row: HfPaperRow): number {
  return row.importedComments + row.localComments;
}

export function toHfPaper(row: HfPaperRow): HfPaper {
  const authors = stringsOf(row.authors);
  const keywords = stringsOf(row.aiKeywords);
  return {
    id: row.id,
    title: row.title,
    summary: row.abstract,
    authors: authors.map((name) => ({ name, hidden: false })),
    authorCount: row.authorCount ?? (authors.length || null),
    publishedAt: row.publishedAt?.toISOString() ?? (row.publishedOn ? dayToIso(row.publishedOn) : null),
    submittedOnDailyAt: feedInstant(row),
    upvotes: row.upvotes,
    numComments: commentCount(row),
    ...present({
      githubRepo: row.githubRepo,
      githubStars: row.githubStars,
      projectPage: row.projectPage,
      ai_summary: row.aiSummary,
      ai_keywords: keywords.length > 0 ? keywords : undefined,
      organization: organizationOf(row),
      submittedOnDailyBy: submitterOf(row),
    }),
  };
}

export function toHfFeedItem(row: HfPaperRow): HfFeedItem {
  return {
    paper: toHfPaper(row),
    title: row.title,
    summary: row.abstract,
    publishedAt: feedInstant(row),
    submittedOnDailyAt: feedInstant(row),
    numComments: commentCount(row),
    ...present({ thumbnail: row.thumbnailUrl, submittedBy: submitterOf(row), organization: organizationOf(row) }),
    isAuthorParticipating: false,
  };
}

/** The feed items of the ids, in the ids' order; ids without a visible paper are left out. */
export async function hfFeedItemsInOrder(ids: string[]): Promise<HfFeedItem[]> {
  const rows = await db.paper.findMany({ where: { ...VISIBLE, id: { in: ids } }, select: hfPaperSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toHfFeedItem(row)] : [];
  });
}
