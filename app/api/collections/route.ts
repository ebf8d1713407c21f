import { createCollection } from "@/lib/collections/collections";
import { memberWrite, revalidateCollection } from "@/lib/collections/request";
import { createCollectionInput } from "@/lib/collections/schema";
import { accountCollectionErrorPath, ACCOUNT_PATH } from "@/lib/http/paths";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, route } from "@/lib/http/respond";
import { answer, answerFailure } from "@/lib/members/answers";

export const dynamic = "force-dynamic";

/** Creates a collection (private unless `public`): 201 with it, or a form's 303 to the account page. */
export const POST = route(async (request) => {
  const member = await memberWrite(request);
  if (!member.ok) return failureResponse(member.error);
  const body = await readJsonOrForm(request, 1024, '{ "name": "Reading group", "public": false }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(createCollectionInput, body.value);
  if (!input.ok) return answerFailure(request, input.error, accountCollectionErrorPath("name"));
  const created = await createCollection(member.value.id, input.value);
  if (!created.ok) return answerFailure(request, created.error, accountCollectionErrorPath("limit"));
  revalidateCollection(created.value.id, member.value.handle);
  return answer(request, { page: `${ACCOUNT_PATH}#collections-heading`, json: created.value, status: 201 });
});
