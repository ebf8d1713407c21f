import { setCollectionPaper } from "@/lib/collections/collections";
import { collectionWrite, revalidateCollection } from "@/lib/collections/request";
import { collectionPaperInput } from "@/lib/collections/schema";
import { accountCollectionErrorPath, ACCOUNT_PATH } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { answer, answerFailure } from "@/lib/members/answers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Adds a paper to the collection, or removes it (`action: "remove"`). */
export const POST = route<Context>(async (request, { params }) => {
  const write = await collectionWrite(request, params);
  if (!write.ok) return write.response;
  const { member, id } = write;
  const body = await readJsonOrForm(request, 1024, '{ "paper_id": "2406.12345", "action": "add" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(collectionPaperInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, accountCollectionErrorPath("paper", id));
  const changed = await setCollectionPaper(member.id, id, input.value);
  if (!changed.ok) {
    const code = changed.error.kind === "not_found" ? "missing" : changed.error.kind === "invalid" ? "paper" : "full";
    return answerFailure(request, changed.error, accountCollectionErrorPath(code, id));
  }
  revalidateCollection(id, member.handle);
  return answer(request, { page: `${ACCOUNT_PATH}#collection-${id}`, json: changed.value });
});
