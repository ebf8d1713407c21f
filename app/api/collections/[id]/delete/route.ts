import { deleteCollection } from "@/lib/collections/collections";
import { collectionWrite, revalidateCollection } from "@/lib/collections/request";
import { accountCollectionErrorPath, ACCOUNT_PATH } from "@/lib/http/paths";
import { route } from "@/lib/http/respond";
import { answer, answerFailure } from "@/lib/members/answers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Deletes the collection (its papers stay on the site). */
export const POST = route<Context>(async (request, { params }) => {
  const write = await collectionWrite(request, params);
  if (!write.ok) return write.response;
  const { member, id } = write;
  const deleted = await deleteCollection(member.id, id);
  if (!deleted.ok) return answerFailure(request, deleted.error, accountCollectionErrorPath("missing"));
  revalidateCollection(id, member.handle);
  return answer(request, { page: `${ACCOUNT_PATH}#collections-heading`, json: { deleted: true } });
});
