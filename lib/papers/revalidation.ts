// What a change to the papers' counts or lists makes stale, dropped in one place: the cached pages
// that show them (rendered afresh on their next request, so nobody sees the old count once the
// vote is in) and the in-process cached answers (feeds, API and search answers). Organization
// pages are left to their short revalidate (finding a paper's organization here would cost every
// vote a query).
import "server-only";
import { revalidatePath } from "next/cache";
import { LATEST_DAY_KEY, paperPath, spanPath, TRENDING_KEY, TRENDING_PATH } from "../http/paths";
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
 * Every later page (?p=N) of every week and month, every cached search page, and trending: a
 * change may move a paper between pages, and which of them are cached is not worth finding out.
 */
function revalidateRankings(): void {
  revalidatePath("/papers/week/[week]/p/[page]", "page");
  revalidatePath("/papers/month/[month]/p/[page]", "page");
  revalidatePath(CACHED_SEARCH_ROUTE, "page");
  revalidatePath(`${TRENDING_PATH}/${TRENDING_KEY}`);
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
