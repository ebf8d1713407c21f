import { updateCollection } from "@/lib/collections/collections";
import { memberWrite, revalidateCollection } from "@/lib/collections/request";
import { collectionId, updateCollectionInput } from "@/lib/collections/schema";
import { accountCollectionErrorPath, ACCOUNT_PATH } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, jsonError, route } from "@/lib/http/respond";
import { answer, answerFailure } from "@/lib/members/answers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Renames the collection or makes it public or private. */
export const POST = route<Context>(async (request, { params }) => {
  const member = await memberWrite(request);
  if (!member.ok) return failureResponse(member.error);
  const id = collectionId.safeParse((await params).id);
  if (!id.success) return jsonError(404, "You have no collection with this id.");
  const body = await readJsonOrForm(request, 1024, '{ "name": "Reading group", "public": true }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(updateCollectionInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, accountCollectionErrorPath("name", id.data));
  const updated = await updateCollection(member.value.id, id.data, input.value);
  if (!updated.ok) return answerFailure(request, updated.error, accountCollectionErrorPath("missing"));
  revalidateCollection(id.data, member.value.handle);
  return answer(request, { page: `${ACCOUNT_PATH}#collection-${id.data}`, json: updated.value });
});
