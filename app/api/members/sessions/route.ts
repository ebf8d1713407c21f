import { z } from "zod";
import { readSmallBody } from "@/lib/http/body";
import { jsonError, parseOr400, route } from "@/lib/http/errors";
import { ACCOUNT_PATH } from "@/lib/http/paths";
import { isCrossSite } from "@/lib/http/same-origin";
import { answer } from "@/lib/members/answers";
import { readSession } from "@/lib/members/session";
import { revokeSession, signOutEverywhere } from "@/lib/members/sessions";

export const dynamic = "force-dynamic";

const revokeInput = z.object({
  session: z.string({ error: 'name a session id, or "all"' }).min(1, 'name a session id, or "all"').max(100),
});

// Ends one of the member's sessions, or all of them ("sign out everywhere").
export const POST = route(async (request) => {
  if (isCrossSite(request)) return jsonError(403, "Session changes are only accepted from this site's own pages.");
  const session = await readSession(request.headers);
  if (!session) return jsonError(401, "Sign in first.");
  const { session: target } = parseOr400(revokeInput, await readSmallBody(request, 1024, '{ "session": "<id>" | "all" }'));
  if (target === "all") {
    const setCookies = await signOutEverywhere(request.headers);
    return answer(request, { page: "/", json: { revoked: "all" }, setCookies });
  }
  if (!(await revokeSession(session.member.id, target))) return jsonError(404, "You have no session with this id.");
  return answer(request, { page: target === session.sessionId ? "/" : ACCOUNT_PATH, json: { revoked: target } });
});
