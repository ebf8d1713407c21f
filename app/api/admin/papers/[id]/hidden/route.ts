import { adminPaperPath } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { answer, answerFailure } from "@/lib/members/answers";
import { requireAdmin } from "@/lib/moderation/admin";
import { setPaperHidden } from "@/lib/moderation/papers";
import { paperHiddenInput } from "@/lib/moderation/schema";
import { paperIdParams } from "@/lib/papers/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// Hides or restores a paper; the form of the admin's paper page comes back to it with what happened.
export const POST = route<Context>(async (request, { params }) => {
  const sameSite = checkSameSite(request, "Moderation is only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const admin = await requireAdmin(request.headers);
  if (!admin.ok) return failureResponse(admin.error);
  const paperId = parseInput(paperIdParams, await params);
  if (!paperId.ok) return failureResponse(paperId.error);
  const { id } = paperId.value;
  const body = await readJsonOrForm(request, 1024, '{ "hidden": "true" | "false" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(paperHiddenInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, adminPaperPath(id, { error: input.error.message }));
  const { hidden } = input.value;
  const outcome = await setPaperHidden(admin.value, id, hidden);
  if (!outcome.ok) return failureResponse(outcome.error);
  const done = hidden
    ? "The paper is hidden: a 404 for everyone but admins, and in no list, feed or search."
    : "The paper is restored: everyone sees it again.";
  return answer(request, { page: adminPaperPath(id, { done }), json: { message: done, hidden } });
});
