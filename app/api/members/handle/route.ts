import { revalidatePath } from "next/cache";
import { ACCOUNT_PATH, userPath } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { answer, answerFailure } from "@/lib/members/answers";
import { changeHandle } from "@/lib/members/handle";
import { handleInput } from "@/lib/members/schema";
import { readSession } from "@/lib/members/session";

export const dynamic = "force-dynamic";

const REFUSED_PAGE = `${ACCOUNT_PATH}?handle=refused#handle-heading`;

// The member chooses their public handle (/users/{handle}).
export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Account changes are only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const session = await readSession(request.headers);
  if (!session) return failureResponse({ kind: "unauthorized", message: "Sign in first." });
  const body = await readJsonOrForm(request, 1024, '{ "handle": "ada" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(handleInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, REFUSED_PAGE);
  const changed = await changeHandle(session.member.id, input.value.handle);
  if (!changed.ok) return answerFailure(request, changed.error, REFUSED_PAGE);
  revalidatePath(userPath(changed.value.previous));
  revalidatePath(userPath(changed.value.handle));
  return answer(request, { page: `${ACCOUNT_PATH}#handle-heading`, json: { handle: changed.value.handle } });
});
