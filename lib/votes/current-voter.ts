// The visitor's own upvotes among some papers, read from the signed voter cookie only: a visitor
// without one (or with a forged or garbled one) has upvoted nothing, and reading never sets one.
// Only the after-load counts request uses it; pages are cached for everyone and never read cookies.
import "server-only";
import { upvotedPaperIds } from "./votes";
import { cookieValue, VOTER_COOKIE, voterIdOf } from "./voter";

/** The voter id in a `Cookie` header; a value that is not even valid percent-encoding is none. */
function voterIdInHeader(cookieHeader: string | null): string | null {
  try {
    return voterIdOf(cookieValue(cookieHeader, VOTER_COOKIE));
  } catch {
    return null;
  }
}

export async function currentVoterUpvotes(cookieHeader: string | null, paperIds: string[]): Promise<string[]> {
  const voterId = voterIdInHeader(cookieHeader);
  return voterId ? [...(await upvotedPaperIds(voterId, paperIds))] : [];
}
