// Who may moderate: a signed-in member named in ADMIN_EMAILS. Visitors are told to sign in (401),
// members that they may not (403).
import { fail, ok, type Outcome } from "../http/outcome";
import { currentMember, type Member } from "../members/session";

export async function requireAdmin(headers: Headers): Promise<Outcome<Member>> {
  const member = await currentMember(headers);
  if (!member) return fail("unauthorized", "Sign in as an admin first.");
  if (!member.isAdmin) return fail("forbidden", "Only admins may do this.");
  return ok(member);
}
