// Saved papers: a member's private reading list, one row per member and paper.
import "server-only";
import { db } from "../db/client";
import { VISIBLE } from "../papers/visibility";
import { fail, ok, type Outcome } from "../http/outcome";
import { lookupPaper } from "../papers/detail";
import { paperSummarySelect, toSummary } from "../papers/queries";

/** Saves or unsaves; saving twice or unsaving an unsaved paper changes nothing. */
export async function setSaved(userId: string, paperId: string, saved: boolean): Promise<Outcome<{ saved: boolean }>> {
  const found = await lookupPaper(paperId);
  if (found.kind === "missing") return fail("not_found", `There is no paper ${paperId.slice(0, 100)} here.`);
  const id = found.kind === "found" ? found.paper.id : found.id;
  if (saved)
    await db.savedPaper.upsert({
      where: { userId_paperId: { userId, paperId: id } },
      create: { userId, paperId: id },
      update: {},
    });
  else await db.savedPaper.deleteMany({ where: { userId, paperId: id } });
  return ok({ saved });
}

/** Which of the ids (a page's worth) the member has saved. */
export async function savedAmong(userId: string, ids: string[]): Promise<string[]> {
  const rows = await db.savedPaper.findMany({ where: { userId, paperId: { in: ids } }, select: { paperId: true } });
  return rows.map((row) => row.paperId);
}

export async function memberSavedPapers(userId: string) {
  const rows = await db.savedPaper.findMany({
    // A hidden paper leaves the member's saved list too, as it leaves every list.
    where: { userId, paper: VISIBLE },
    orderBy: { savedAt: "desc" },
    select: { savedAt: true, paper: { select: paperSummarySelect } },
  });
  return rows.map((row) => ({ savedAt: row.savedAt, paper: toSummary(row.paper) }));
}
