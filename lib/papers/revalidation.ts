// What a change to the papers' counts or lists makes stale, dropped in one place: the cached pages
// that show them (rendered afresh on their next request, so nobody sees the old count once the
// vote is in) and the in-process cached answers (feeds, API and search answers). Organization
// pages are left to their short revalidate (finding a paper's organization here would cost every
// vote a query).
import "server-only";
import { revalidatePath } from "next/cache";
import { afterResponse } from "../http/after-response";
import { LATEST_DAY_KEY, organizationPath, paperPath, spanPath, TRENDING_KEY, TRENDING_PATH } from "../http/paths";
import { CACHED_SEARCH_ROUTE } from "../search/cached-route";
import { dropCachedAnswers } from "./answer-cache";
import { monthKey, weekKey } from "./dates";

/** The list pages a feed day appears on: its day, week and month, and the latest day. */
function feedDayPaths(feedDate: string): string[] {
  return [
    spanPath("day", feedDate),
    // Whichever day is the latest, revalidating it on every change is cheaper than finding out.
    spanPath("day", LATEST_DAY_KEY),
    spanPath("week", weekKey(feedDate)),
    spanPath("month", monthKey(feedDate)),
  ];
}

/**
 * Every later page (?p=N) of every week and month, and trending: a vote may move a paper between
 * pages, and which of them are cached is not worth finding out. Not the search pages: their order
 * is the papers' text, and the counts on them are brought up to date after load as on every cached
 * page (docs/decisions/0026-searches-and-votes-apart.md); under a stream of votes they would
 * otherwise be rendered again on nearly every search.
 */
function revalidateCountPages(): void {
  revalidatePath("/papers/week/[week]/p/[page]", "page");
  revalidatePath("/papers/month/[month]/p/[page]", "page");
  revalidatePath(`${TRENDING_PATH}/${TRENDING_KEY}`);
}

/** After a change to the papers themselves: the above, every cached search page and every cached answer. */
function revalidateRankings(): void {
  revalidateCountPages();
  revalidatePath(CACHED_SEARCH_ROUTE, "page");
  dropCachedAnswers();
}

export function revalidatePaperPages(paperId: string, feedDate: string): void {
  for (const path of [paperPath(paperId), ...feedDayPaths(feedDate)]) revalidatePath(path);
  revalidateRankings();
}

/** After an import or a submission: the list pages of each feed day that gained or changed papers. */
export function revalidateFeedDays(days: string[]): void {
  for (const path of new Set(days.flatMap(feedDayPaths))) revalidatePath(path);
  revalidateRankings();
}

// A busy day brings many votes a second, and each made every page it touches stale at once: under
// a steady stream of votes no list page stayed cached long enough to be served twice, and the
// server rendered them all the time (the soak's throughput fell to a few requests a second). So
// a vote through the API revalidates at once only when no vote has for a second; the votes of the
// next second are gathered and revalidated together when it ends, after the response of the vote
// that opened it. Their voters already have the new count (the API's answer), and every other
// visitor gets the live counts after load (docs/decisions/0001-cached-pages-and-visitor-state.md).
const VOTE_WINDOW_MS = 1_000;

interface VoteRevalidation {
  last: number;
  /** Papers voted on since `last`, with their feed days; null when no revalidation is scheduled. */
  pending: Map<string, string> | null;
}

// On globalThis: Next may bundle the vote route and the upvote form's action separately.
const globalForVotes = globalThis as unknown as { voteRevalidation?: VoteRevalidation };
const votes: VoteRevalidation = (globalForVotes.voteRevalidation ??= { last: 0, pending: null });

function revalidateVotedPapers(papers: Map<string, string>): void {
  const paths = [...papers].flatMap(([paperId, feedDate]) => [paperPath(paperId), ...feedDayPaths(feedDate)]);
  for (const path of new Set(paths)) revalidatePath(path);
  revalidateCountPages();
  dropCachedAnswers("counts");
  votes.last = Date.now();
}

/**
 * Votes whose pages must show them before the answer (the no-JavaScript form's redirect, votes
 * merged at sign-in or removed with an account): at once, not gathered, and like every vote they
 * leave the searches alone.
 */
export function revalidateVotesAtOnce(papers: { paperId: string; feedDate: string }[]): void {
  if (papers.length) revalidateVotedPapers(new Map(papers.map(({ paperId, feedDate }) => [paperId, feedDate])));
}

/** After a vote: at once, or at the end of the current second's window (see VOTE_WINDOW_MS). */
export function revalidateAfterVote(paperId: string, feedDate: string): void {
  // The cached answers are cheap to drop and exact to recompute: always at once.
  dropCachedAnswers("counts");
  if (votes.pending) {
    votes.pending.set(paperId, feedDate);
    return;
  }
  const wait = votes.last + VOTE_WINDOW_MS - Date.now();
  if (wait <= 0) return revalidateVotedPapers(new Map([[paperId, feedDate]]));
  const pending = (votes.pending = new Map([[paperId, feedDate]]));
  afterResponse(async () => {
    await new Promise((resolve) => setTimeout(resolve, wait));
    votes.pending = null;
    revalidateVotedPapers(pending);
  });
}

/** After a paper joins or leaves organizations' lists (moderation): their pages. */
export function revalidateOrganizationPages(slugs: string[]): void {
  for (const slug of new Set(slugs)) revalidatePath(organizationPath(slug));
  if (slugs.length) revalidatePath("/organizations/[slug]/p/[page]", "page");
}
