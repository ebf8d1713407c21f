// A member's public page, /users/{handle}: their submissions and public collections.
import "server-only";
import { publicCollectionsOf } from "../collections/collections";
import { db } from "../db/client";
import { paperSummarySelect, toSummary } from "../papers/queries";
import { VISIBLE } from "../papers/visibility";

/** How many of a member's submissions the page lists, newest first. */
const SUBMISSIONS_SHOWN = 100;

export async function memberPublicPage(handle: string) {
  const user = await db.user.findUnique({ where: { handle }, select: { id: true, handle: true, name: true } });
  if (!user) return null;
  const [submissions, collections] = await Promise.all([
    memberSubmissions(user.id, SUBMISSIONS_SHOWN),
    publicCollectionsOf(user.id),
  ]);
  return { handle: user.handle, name: user.name, submissions, collections };
}

export async function memberSubmissions(userId: string, take?: number) {
  const rows = await db.paper.findMany({
    where: { submitterId: userId, ...VISIBLE },
    orderBy: { submittedAt: "desc" },
    select: paperSummarySelect,
    take,
  });
  return rows.map(toSummary);
}
