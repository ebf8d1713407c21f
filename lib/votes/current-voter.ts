// The visitor's own upvotes among some papers: the member's when signed in, otherwise those of the
// signed voter cookie (a visitor without one, or with a forged or garbled one, has upvoted
// nothing), and reading never sets one.
// Only the after-load counts request uses it; pages are cached for everyone and never read cookies.
import "server-only";
import { memberVoterId, signedInMemberId } from "../members/voter";
import { upvotedPaperIds } from "./votes";
import { cookieValue, VOTER_COOKIE, voterIdOf } from "./voter";

/** The voter id in a `Cookie` header; a value that is not even valid percent-encoding is none. */
export function voterIdInHeader(cookieHeader: string | null): string | null {
  try {
    return voterIdOf(cookieValue(cookieHeader, VOTER_COOKIE));
  } catch {
    return null;
  }
}

/** A signed-in member's upvotes (from any device); otherwise this browser's anonymous ones. */
export async function currentVoterUpvotes(headers: Headers, paperIds: string[]): Promise<string[]> {
  const memberId = await signedInMemberId(headers);
  const voterId = memberId === null ? voterIdInHeader(headers.get("cookie")) : memberVoterId(memberId);
  return voterId ? [...(await upvotedPaperIds(voterId, paperIds))] : [];
}
