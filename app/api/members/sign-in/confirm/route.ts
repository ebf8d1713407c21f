import { ACCOUNT_PATH, signInFailedPath } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { answer } from "@/lib/members/answers";
import { confirmSignInInput } from "@/lib/members/schema";
import { confirmSignIn } from "@/lib/members/sign-in";
import { adoptAnonymousVotes } from "@/lib/votes/merge";

export const dynamic = "force-dynamic";

// The POST that the sign-in link's page makes: only here is the link's token spent.
export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Sign-in is only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const body = await readJsonOrForm(request, 1024, '{ "token": "…" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(confirmSignInInput, body.value);
  if (!input.ok) return failureResponse(input.error);
  const outcome = await confirmSignIn(input.value.token, request.headers);
  if (outcome.kind === "invalid") {
    return answer(request, { page: signInFailedPath(outcome.reason), json: { error: outcome.message }, status: 400 });
  }
  // The votes this browser cast before signing in become the member's.
  await adoptAnonymousVotes(request.headers.get("cookie"), outcome.userId);
  return answer(request, { page: ACCOUNT_PATH, json: { signedIn: true }, setCookies: outcome.setCookies });
});
