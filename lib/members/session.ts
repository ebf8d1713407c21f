// The member behind a request, from Better Auth's session cookie (checked against the database on
// every call: a revoked session ends at once).
import { getAuth } from "./auth";
import { isAdminEmail } from "./policy";

export interface Member {
  id: string;
  email: string;
  name: string;
  handle: string;
  isAdmin: boolean;
}

export interface MemberSession {
  member: Member;
  sessionId: string;
  /** Cookies Better Auth refreshed while reading the session, for the answer to carry. */
  setCookies: string[];
}

export async function readSession(headers: Headers): Promise<MemberSession | null> {
  const result = await getAuth().api.getSession({ headers, returnHeaders: true });
  const found = result.response;
  // A blocked member's sessions are deleted when blocked; this covers one made in the same moment.
  if (!found || found.user.blockedAt) return null;
  const { user, session } = found;
  return {
    member: {
      id: user.id,
      email: user.email,
      name: user.name,
      handle: user.handle ?? "",
      isAdmin: isAdminEmail(user.email),
    },
    sessionId: session.id,
    setCookies: result.headers.getSetCookie(),
  };
}

export async function currentMember(headers: Headers): Promise<Member | null> {
  return (await readSession(headers))?.member ?? null;
}
