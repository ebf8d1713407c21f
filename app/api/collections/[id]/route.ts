import { updateCollection } from "@/lib/collections/collections";
import { collectionWrite, revalidateCollection } from "@/lib/collections/request";
import { updateCollectionInput } from "@/lib/collections/schema";
import { accountCollectionErrorPath, ACCOUNT_PATH } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { answer, answerFailure } from "@/lib/members/answers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Renames the collection or makes it public or private. */
export const POST = route<Context>(async (request, { params }) => {
  const write = await collectionWrite(request, params);
  if (!write.ok) return write.response;
  const { member, id } = write;
  const body = await readJsonOrForm(request, 1024, '{ "name": "Reading group", "public": true }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(updateCollectionInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, accountCollectionErrorPath("name", id));
  const updated = await updateCollection(member.id, id, input.value);
  if (!updated.ok) return answerFailure(request, updated.error, accountCollectionErrorPath("missing"));
  revalidateCollection(id, member.handle);
  return answer(request, { page: `${ACCOUNT_PATH}#collection-${id}`, json: updated.value });
});
