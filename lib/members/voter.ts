// Members vote as "member:<user id>": one vote per paper on every device, in the same Upvote table
// as anonymous voters (whose ids are UUIDs, so the two can never collide).
import { SESSION_COOKIE } from "./auth-secret";
import { readSession } from "./session";

export function memberVoterId(userId: string): string {
  return `member:${userId}`;
}

/**
 * The signed-in member's id, or null. A request without Better Auth's session cookie skips the
 * database: anonymous votes and counts, the bulk of requests, cost nothing more.
 */
export async function signedInMemberId(headers: Headers): Promise<string | null> {
  if (!headers.get("cookie")?.includes(`${SESSION_COOKIE}=`)) return null;
  return (await readSession(headers))?.member.id ?? null;
}
