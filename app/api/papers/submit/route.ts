import { NextResponse } from "next/server";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { clientAddress } from "@/lib/http/client-address";
import { failureResponse, respond, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { signedInMemberId } from "@/lib/members/voter";
import { submittedPaper } from "@/lib/submissions/answer";
import { submitInput } from "@/lib/submissions/schema";
import { submitPaper } from "@/lib/submissions/submit";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 2048;

/** Adds an arXiv paper to today's feed: 201 when added, 200 when it was already here. */
export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Submissions are only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const body = await readJsonOrForm(request, MAX_BODY_BYTES, '{ "paper_id": "2406.12345" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(submitInput, body.value);
  if (!input.ok) return failureResponse(input.error);
  const outcome = await submitPaper({
    reference: input.value.paper_id,
    address: clientAddress(request.headers),
    memberId: await signedInMemberId(request.headers),
  });
  return respond(outcome, async ({ id, added }) =>
    NextResponse.json(await submittedPaper(id), { status: added ? 201 : 200 }),
  );
});
