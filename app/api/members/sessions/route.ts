import { ACCOUNT_PATH } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { answer } from "@/lib/members/answers";
import { revokeSessionInput } from "@/lib/members/schema";
import { readSession } from "@/lib/members/session";
import { revokeSession, signOutEverywhere } from "@/lib/members/sessions";

export const dynamic = "force-dynamic";

// Ends one of the member's sessions, or all of them ("sign out everywhere").
export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Session changes are only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const session = await readSession(request.headers);
  if (!session) return failureResponse({ kind: "unauthorized", message: "Sign in first." });
  const body = await readJsonOrForm(request, 1024, '{ "session": "<id>" | "all" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(revokeSessionInput, body.value);
  if (!input.ok) return failureResponse(input.error);
  const target = input.value.session;
  if (target === "all") {
    const setCookies = await signOutEverywhere(request.headers);
    return answer(request, { page: "/", json: { revoked: "all" }, setCookies });
  }
  const revoked = await revokeSession(session.member.id, target);
  if (!revoked.ok) return failureResponse(revoked.error);
  return answer(request, { page: target === session.sessionId ? "/" : ACCOUNT_PATH, json: { revoked: target } });
});
