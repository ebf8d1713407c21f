// The visitor's own upvotes, for pages to render the buttons' pressed state. Reads the cookie
// only: a visitor without one has upvoted nothing, and rendering never sets a cookie.
import "server-only";
import { cookies } from "next/headers";
import { upvotedPaperIds } from "./votes";
import { VOTER_COOKIE, voterIdOf } from "./voter";

export async function currentVoterUpvotes(paperIds: string[]): Promise<Set<string>> {
  const voterId = voterIdOf((await cookies()).get(VOTER_COOKIE)?.value);
  return voterId ? upvotedPaperIds(voterId, paperIds) : new Set();
}
