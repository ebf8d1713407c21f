import { setCollectionPaper } from "@/lib/collections/collections";
import { memberWrite, revalidateCollection } from "@/lib/collections/request";
import { collectionId, collectionPaperInput } from "@/lib/collections/schema";
import { accountCollectionErrorPath, ACCOUNT_PATH } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, jsonError, route } from "@/lib/http/respond";
import { answer, answerFailure } from "@/lib/members/answers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Adds a paper to the collection, or removes it (`action: "remove"`). */
export const POST = route<Context>(async (request, { params }) => {
  const member = await memberWrite(request);
  if (!member.ok) return failureResponse(member.error);
  const id = collectionId.safeParse((await params).id);
  if (!id.success) return jsonError(404, "You have no collection with this id.");
  const body = await readJsonOrForm(request, 1024, '{ "paper_id": "2406.12345", "action": "add" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(collectionPaperInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, accountCollectionErrorPath("paper", id.data));
  const changed = await setCollectionPaper(member.value.id, id.data, input.value);
  if (!changed.ok) {
    const code = changed.error.kind === "not_found" ? "missing" : changed.error.kind === "invalid" ? "paper" : "full";
    return answerFailure(request, changed.error, accountCollectionErrorPath(code, id.data));
  }
  revalidateCollection(id.data, member.value.handle);
  return answer(request, { page: `${ACCOUNT_PATH}#collection-${id.data}`, json: changed.value });
});
