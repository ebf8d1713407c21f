// Every path of the app, built in one place: pages, components, feeds, emails and cache
// revalidation all link through here, so a route that moves changes in one file. Client-safe (no
// server-only imports): the upvote button and the live counts use it in the browser.
import type { SpanKind } from "../papers/dates";

const SPAN_SEGMENT: Record<SpanKind, string> = { day: "date", week: "week", month: "month" };

const withQuery = (path: string, query: Record<string, string>) => `${path}?${new URLSearchParams(query)}`;

/** The latest day that has papers (served from the cached `/papers/date/latest`). */
export const LATEST_PATH = "/papers";
/** The route key of the latest day: `/papers/date/latest`, which `/` and `/papers` are rewritten to. */
export const LATEST_DAY_KEY = "latest";
export const TRENDING_PATH = "/papers/trending";
/** The route key of the trending page: `/papers/trending/now`, which `/papers/trending` is rewritten to. */
export const TRENDING_KEY = "now";

/** A day's, week's or month's feed; `page` counts from 0, and page 0 has no query. */
export function spanPath(kind: SpanKind, key: string, page = 0): string {
  const path = `/papers/${SPAN_SEGMENT[kind]}/${key}`;
  return page > 0 ? withQuery(path, { p: String(page) }) : path;
}

export function paperPath(id: string): string {
  return `/papers/${encodeURIComponent(id)}`;
}

/** Hugging Face's address of the paper as Markdown (served by app/papers/[id]/markdown). */
export const paperMarkdownPath = (id: string) => `${paperPath(id)}.md`;
export const paperBibtexPath = (id: string) => `${paperPath(id)}/bibtex`;
export const paperApiPath = (id: string) => `/api/papers/${encodeURIComponent(id)}`;
export const SUBMIT_PATH = "/papers/submit";

/**
 * The page (from 1) that the path segment of a `/p/{page}` route names, where next.config.ts rewrites
 * `?p=N` to; null (a 404) for 0, a leading zero or more than four digits, as the rewrite allows.
 */
export function pageSegment(segment: string): number | null {
  return /^[1-9]\d{0,3}$/.test(segment) ? Number(segment) : null;
}

/** An organization's papers; `page` counts from 0, and page 0 has no query. */
export function organizationPath(slug: string, page = 0): string {
  const path = `/organizations/${encodeURIComponent(slug)}`;
  return page > 0 ? withQuery(path, { p: String(page) }) : path;
}

/** `/papers?q=…`; `page` counts from 0. */
export function searchPath(q: string, page = 0): string {
  return withQuery(LATEST_PATH, page > 0 ? { q, p: String(page) } : { q });
}

export type ReaderFeedKind = "daily" | "trending";
export type ReaderFeedFormat = "rss" | "atom" | "json";

export const READER_FEED_PATHS: Record<ReaderFeedKind, Record<ReaderFeedFormat, string>> = {
  daily: { rss: "/papers/feed.xml", atom: "/papers/atom.xml", json: "/papers/feed.json" },
  trending: { rss: "/papers/trending/feed.xml", atom: "/papers/trending/atom.xml", json: "/papers/trending/feed.json" },
};

export const READER_FEED_PAGE_PATHS: Record<ReaderFeedKind, string> = { daily: LATEST_PATH, trending: TRENDING_PATH };

export const confirmSubscriptionPath = (token: string, confirmed = false) =>
  withQuery("/subscribe/confirm", confirmed ? { token, confirmed: "1" } : { token });
export const unsubscribePath = (token: string) => withQuery("/unsubscribe", { token });
export const unsubscribeApiPath = (token: string) => withQuery("/api/unsubscribe", { token });
export const PREFERENCES_PATH = "/subscribe/preferences";
export const preferencesPath = (token: string, saved = false) =>
  withQuery(PREFERENCES_PATH, saved ? { token, saved: "1" } : { token });

export function upvoteApiPath(paperId: string): string {
  return `/api/papers/${encodeURIComponent(paperId)}/upvote`;
}

/** Ids are joined with literal commas: the API splits on them, and paper ids never hold one. */
export function upvoteCountsApiPath(ids: string[]): string {
  return `/api/papers/upvotes?ids=${ids.map(encodeURIComponent).join(",")}`;
}

/** The public archive of the digests sent. */
export const DIGESTS_PATH = "/digests";
export type DigestKind = "daily" | "weekly";
/** One edition: `/digests/daily/2026-06-23` or `/digests/weekly/2026-W26`. */
export const editionPath = (kind: DigestKind, period: string) => `${DIGESTS_PATH}/${kind}/${period}`;
export const DIGEST_FEED_PATHS = { rss: `${DIGESTS_PATH}/feed.xml`, atom: `${DIGESTS_PATH}/atom.xml` } as const;

export const SIGN_IN_PATH = "/sign-in";
export const ACCOUNT_PATH = "/account";
export const signInConfirmPath = (token: string) => withQuery("/sign-in/confirm", { token });
/** The sign-in page saying why a link signed nobody in. */
export const signInFailedPath = (reason: string) => withQuery(SIGN_IN_PATH, { failed: reason });
export const userPath = (handle: string) => `/users/${encodeURIComponent(handle)}`;

export const MEMBER_SESSION_API_PATH = "/api/members/session";
export const SIGN_IN_CONFIRM_API_PATH = "/api/members/sign-in/confirm";
export const SIGN_OUT_API_PATH = "/api/members/sign-out";
export const MEMBER_SESSIONS_API_PATH = "/api/members/sessions";
export const ADMIN_PATH = "/admin";
/** The admin page saying what an action did, or why it failed. */
export const adminNoticePath = (notice: { done: string } | { error: string }) => withQuery(ADMIN_PATH, notice);
export const ADMIN_BLOCK_API_PATH = "/api/admin/members/block";
/** A paper as admins see it, hidden or not, with its moderation forms (never cached). */
export const adminPaperPath = (id: string, notice?: { done: string } | { error: string }) => {
  const path = `/admin/papers/${encodeURIComponent(id)}`;
  return notice ? withQuery(path, notice) : path;
};
export const adminPaperHiddenApiPath = (id: string) => `/api/admin/papers/${encodeURIComponent(id)}/hidden`;
export const ACCOUNT_EXPORT_API_PATH = "/api/members/export";
export const ACCOUNT_DELETE_API_PATH = "/api/members/delete";

export const savePaperApiPath = (paperId: string) => `/api/papers/${encodeURIComponent(paperId)}/save`;
/** Which of the ids the signed-in member saved; ids joined with literal commas, as the upvote counts are. */
export const savedApiPath = (ids: string[]) => `/api/members/saved?ids=${ids.map(encodeURIComponent).join(",")}`;
export const collectionPath = (id: string) => `/collections/${encodeURIComponent(id)}`;
export const collectionFeedPath = (id: string) => `${collectionPath(id)}/feed.xml`;
export const collectionBibtexPath = (id: string) => `${collectionPath(id)}/bibtex`;
export const COLLECTIONS_API_PATH = "/api/collections";
export const collectionApiPath = (id: string) => `${COLLECTIONS_API_PATH}/${encodeURIComponent(id)}`;
export const collectionDeleteApiPath = (id: string) => `${collectionApiPath(id)}/delete`;
export const collectionPapersApiPath = (id: string) => `${collectionApiPath(id)}/papers`;
/** The account page saying why a collection form was refused (a code, never text from the request). */
export const accountCollectionErrorPath = (error: string, collection?: string) =>
  `${withQuery(ACCOUNT_PATH, collection ? { "collection-error": error, collection } : { "collection-error": error })}#collections-heading`;
/** The account page's collections, their "add a paper" fields filled with this paper's id. */
export const addToCollectionPath = (paperId: string) =>
  `${withQuery(ACCOUNT_PATH, { add: paperId })}#collections-heading`;
export const MEMBER_HANDLE_API_PATH = "/api/members/handle";
