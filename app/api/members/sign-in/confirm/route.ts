import { readSmallBody } from "@/lib/http/body";
import { jsonError, parseOr400, route } from "@/lib/http/errors";
import { ACCOUNT_PATH, signInFailedPath } from "@/lib/http/paths";
import { isCrossSite } from "@/lib/http/same-origin";
import { answer } from "@/lib/members/answers";
import { confirmSignInInput } from "@/lib/members/schema";
import { confirmSignIn } from "@/lib/members/sign-in";
import { adoptAnonymousVotes } from "@/lib/votes/merge";

export const dynamic = "force-dynamic";

// The POST that the sign-in link's page makes: only here is the link's token spent.
export const POST = route(async (request) => {
  if (isCrossSite(request)) return jsonError(403, "Sign-in is only accepted from this site's own pages.");
  const { token } = parseOr400(confirmSignInInput, await readSmallBody(request, 1024, '{ "token": "…" }'));
  const outcome = await confirmSignIn(token, request.headers);
  if (outcome.kind === "invalid") {
    return answer(request, { page: signInFailedPath(outcome.reason), json: { error: outcome.message }, status: 400 });
  }
  // The votes this browser cast before signing in become the member's.
  await adoptAnonymousVotes(request.headers.get("cookie"), outcome.userId);
  return answer(request, { page: ACCOUNT_PATH, json: { signedIn: true }, setCookies: outcome.setCookies });
});
