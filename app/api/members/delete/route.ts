import { ACCOUNT_PATH } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { deleteMember } from "@/lib/members/account";
import { answer, answerFailure } from "@/lib/members/answers";
import { deleteAccountInput } from "@/lib/members/schema";
import { readSession } from "@/lib/members/session";
import { signOut } from "@/lib/members/sessions";
import { dropCachedAnswers } from "@/lib/papers/answer-cache";
import { revalidateVotesAtOnce } from "@/lib/papers/revalidation";

export const dynamic = "force-dynamic";

// Deletes the member's account: votes removed and recounted, subscription ended, signed out.
export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Account changes are only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const session = await readSession(request.headers);
  if (!session) return failureResponse({ kind: "unauthorized", message: "Sign in first." });
  const body = await readJsonOrForm(request, 1024, '{ "confirm": "delete" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(deleteAccountInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, `${ACCOUNT_PATH}?delete=confirm#delete-heading`);
  // The cookie to clear is read before the session row goes with the member.
  const setCookies = await signOut(request.headers);
  const papers = await deleteMember(session.member.id);
  revalidateVotesAtOnce(papers);
  // The API's cached answers may name the member as a submitter, though they voted on nothing.
  dropCachedAnswers();
  return answer(request, { page: "/", json: { deleted: true }, setCookies });
});
