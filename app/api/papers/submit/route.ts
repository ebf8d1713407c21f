import { NextResponse } from "next/server";
import { HttpError, jsonError, parseOr400, route } from "@/lib/http/errors";
import { clientAddress } from "@/lib/http/rate-limit";
import { readSmallBody } from "@/lib/http/request-body";
import { isCrossSite } from "@/lib/http/same-origin";
import { submittedPaper } from "@/lib/submissions/answer";
import { submitInput, submitPaper } from "@/lib/submissions/submit";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 2048;

/** Adds an arXiv paper to today's feed: 201 when added, 200 when it was already here. */
export const POST = route(async (request) => {
  if (isCrossSite(request)) throw new HttpError(403, "Submissions are only accepted from this site's own pages.");
  const input = parseOr400(submitInput, await readSmallBody(request, { maxBytes: MAX_BODY_BYTES, usage: '{ "paper_id": "2406.12345" }' }));
  const outcome = await submitPaper({ reference: input.paper_id, address: clientAddress(request.headers) });
  switch (outcome.kind) {
    case "added":
    case "exists":
      return NextResponse.json(await submittedPaper(outcome.id), { status: outcome.kind === "added" ? 201 : 200 });
    case "malformed":
      return jsonError(400, outcome.message);
    case "unknown":
      return jsonError(404, outcome.message);
    case "unreachable":
      return jsonError(503, outcome.message);
    case "limited":
      return jsonError(429, outcome.message, { "Retry-After": String(outcome.retryAfterSeconds) });
  }
});
