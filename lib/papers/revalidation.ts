// The cached pages that show a paper's count: after a vote they are rendered afresh on their next
// request, so nobody sees the old count once the vote is in. Organization pages are left to their
// short revalidate (finding a paper's organization here would cost every vote a query).
import "server-only";
import { revalidatePath } from "next/cache";
import { LATEST_DAY_KEY, paperPath, spanPath } from "../http/paths";
import { monthKey, weekKey } from "./dates";

export function revalidatePaperPages(paperId: string, feedDate: string): void {
  const paths = [
    paperPath(paperId),
    spanPath("day", feedDate),
    // Whichever day is the latest, revalidating it on every vote is cheaper than finding out.
    spanPath("day", LATEST_DAY_KEY),
    spanPath("week", weekKey(feedDate)),
    spanPath("month", monthKey(feedDate)),
  ];
  for (const path of paths) revalidatePath(path);
}
