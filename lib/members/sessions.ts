// A member's sessions: listed on the account page, each revocable, or all at once.
import { db } from "../db/client";
import { fail, ok, type Outcome } from "../http/outcome";
import { getAuth } from "./auth";

export interface SessionRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
}

export function listSessions(userId: string): Promise<SessionRow[]> {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, updatedAt: true, userAgent: true, ipAddress: true },
    orderBy: { updatedAt: "desc" },
  });
}

/** Ends the member's session with this id; `not_found` when they have none by it. */
export async function revokeSession(userId: string, sessionId: string): Promise<Outcome<void>> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0 ? ok() : fail("not_found", "You have no session with this id.");
}

/** Ends this browser's session; the cookies to clear it. */
export async function signOut(headers: Headers): Promise<string[]> {
  const result = await getAuth().api.signOut({ headers, returnHeaders: true });
  return result.headers.getSetCookie();
}

/** Ends every session of the member, this one included; the cookies to clear this browser's. */
export async function signOutEverywhere(headers: Headers): Promise<string[]> {
  await getAuth().api.revokeSessions({ headers });
  return signOut(headers);
}
