import { adminNoticePath } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { answer, answerFailure } from "@/lib/members/answers";
import { requireAdmin } from "@/lib/moderation/admin";
import { setBlocked } from "@/lib/moderation/members";
import { blockMemberInput } from "@/lib/moderation/schema";

export const dynamic = "force-dynamic";

// Blocks or unblocks a member; the admin page's form comes back to the page with what happened.
export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Moderation is only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const admin = await requireAdmin(request.headers);
  if (!admin.ok) return failureResponse(admin.error);
  const body = await readJsonOrForm(request, 1024, '{ "handle": "…", "blocked": "true" | "false" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(blockMemberInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, adminNoticePath({ error: input.error.message }));
  const { handle, blocked } = input.value;
  const outcome = await setBlocked(admin.value, handle, blocked);
  if (!outcome.ok) return answerFailure(request, outcome.error, adminNoticePath({ error: outcome.error.message }));
  const done = `@${handle} is ${blocked ? "blocked" : "unblocked"}.`;
  return answer(request, { page: adminNoticePath({ done }), json: { message: done } });
});
