// The cached pages (see next.config.ts) that show a paper's count: after a vote they are
// rendered afresh on their next request, so nobody sees the old count once the vote is in.
import "server-only";
import { revalidatePath } from "next/cache";
import { monthKey, weekKey } from "./dates";

export function revalidatePaperPages(paperId: string, feedDate: string): void {
  const paths = [
    `/papers/${paperId}`,
    `/papers/date/${feedDate}`,
    // Whichever day is the latest, revalidating it on every vote is cheaper than finding out.
    "/papers/date/latest",
    `/papers/week/${weekKey(feedDate)}`,
    `/papers/month/${monthKey(feedDate)}`,
  ];
  for (const path of paths) revalidatePath(path);
}

/** After an import: the day, week and month pages of each feed day that gained or changed papers. */
export function revalidateFeedDays(days: string[]): void {
  const paths = new Set(["/papers/date/latest", ...days.flatMap((day) => [`/papers/date/${day}`, `/papers/week/${weekKey(day)}`, `/papers/month/${monthKey(day)}`])]);
  for (const path of paths) revalidatePath(path);
}
