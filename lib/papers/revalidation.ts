// The cached pages that show a paper's count: after a vote they are rendered afresh on their next
// request, so nobody sees the old count once the vote is in. Organization pages are left to their
// short revalidate (finding a paper's organization here would cost every vote a query).
import "server-only";
import { revalidatePath } from "next/cache";
import { LATEST_DAY_KEY, organizationPath, paperPath, spanPath, TRENDING_KEY, TRENDING_PATH } from "../http/paths";
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
 * Every later page (?p=N) of every week and month, and trending: a change may move a paper between
 * pages, and which week's pages are cached is not worth finding out.
 */
function revalidateRankings(): void {
  revalidatePath("/papers/week/[week]/p/[page]", "page");
  revalidatePath("/papers/month/[month]/p/[page]", "page");
  revalidatePath(`${TRENDING_PATH}/${TRENDING_KEY}`);
}

export function revalidatePaperPages(paperId: string, feedDate: string): void {
  for (const path of [paperPath(paperId), ...feedDayPaths(feedDate)]) revalidatePath(path);
  revalidateRankings();
}

/** After an import: the list pages of each feed day that gained or changed papers. */
export function revalidateFeedDays(days: string[]): void {
  for (const path of new Set(days.flatMap(feedDayPaths))) revalidatePath(path);
  revalidateRankings();
}

/** After a paper joins or leaves organizations' lists (moderation): their pages. */
export function revalidateOrganizationPages(slugs: string[]): void {
  for (const slug of new Set(slugs)) revalidatePath(organizationPath(slug));
  if (slugs.length) revalidatePath("/organizations/[slug]/p/[page]", "page");
}
