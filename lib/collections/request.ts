// The checks every collection and saved-paper write makes before it reads its body: from this
// site's pages, by a signed-in member.
import "server-only";
import { revalidatePath } from "next/cache";
import { collectionPath, userPath } from "../http/paths";
import { fail, ok, type Outcome } from "../http/outcome";
import { checkSameSite } from "../http/same-origin";
import { readSession, type Member } from "../members/session";

export async function memberWrite(request: Request): Promise<Outcome<Member>> {
  const sameSite = checkSameSite(request, "Collections are only changed from this site's own pages.");
  if (!sameSite.ok) return sameSite;
  const session = await readSession(request.headers);
  return session ? ok(session.member) : fail("unauthorized", "Sign in first.");
}

/** A collection's public page and its owner's page show what changed on their next request. */
export function revalidateCollection(id: string, ownerHandle: string): void {
  revalidatePath(collectionPath(id));
  revalidatePath(userPath(ownerHandle));
}
