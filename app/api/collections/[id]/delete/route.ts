import { deleteCollection } from "@/lib/collections/collections";
import { memberWrite, revalidateCollection } from "@/lib/collections/request";
import { collectionId } from "@/lib/collections/schema";
import { accountCollectionErrorPath, ACCOUNT_PATH } from "@/lib/http/paths";
import { failureResponse, jsonError, route } from "@/lib/http/respond";
import { answer, answerFailure } from "@/lib/members/answers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Deletes the collection (its papers stay on the site). */
export const POST = route<Context>(async (request, { params }) => {
  const member = await memberWrite(request);
  if (!member.ok) return failureResponse(member.error);
  const id = collectionId.safeParse((await params).id);
  if (!id.success) return jsonError(404, "You have no collection with this id.");
  const deleted = await deleteCollection(member.value.id, id.data);
  if (!deleted.ok) return answerFailure(request, deleted.error, accountCollectionErrorPath("missing"));
  revalidateCollection(id.data, member.value.handle);
  return answer(request, { page: `${ACCOUNT_PATH}#collections-heading`, json: { deleted: true } });
});
