// The checks every collection and saved-paper write makes before it reads its body: from this
// site's pages, by a signed-in member.
import "server-only";
import { revalidatePath } from "next/cache";
import { collectionPath, userPath } from "../http/paths";
import { fail, ok, type Outcome } from "../http/outcome";
import { checkSameSite } from "../http/same-origin";
import { readSession, type Member } from "../members/session";
import { failureResponse, jsonError } from "../http/respond";
import { collectionId } from "./schema";

export async function memberWrite(request: Request): Promise<Outcome<Member>> {
  const sameSite = checkSameSite(request, "Collections are only changed from this site's own pages.");
  if (!sameSite.ok) return sameSite;
  const session = await readSession(request.headers);
  return session ? ok(session.member) : fail("unauthorized", "Sign in first.");
}

/**
 * The checks of a write to one of the member's collections: the member (memberWrite) and the
 * collection's id from the address; the response to send when either fails.
 */
export async function collectionWrite(
  request: Request,
  params: Promise<{ id: string }>,
): Promise<{ ok: true; member: Member; id: string } | { ok: false; response: Response }> {
  const member = await memberWrite(request);
  if (!member.ok) return { ok: false, response: failureResponse(member.error) };
  const id = collectionId.safeParse((await params).id);
  if (!id.success) return { ok: false, response: jsonError(404, "You have no collection with this id.") };
  return { ok: true, member: member.value, id: id.data };
}

/** A collection's public page and its owner's page show what changed on their next request. */
export function revalidateCollection(id: string, ownerHandle: string): void {
  revalidatePath(collectionPath(id));
  revalidatePath(userPath(ownerHandle));
}
