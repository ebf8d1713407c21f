import { NextResponse } from "next/server";
import { parseInput } from "@/lib/http/parse";
import { clientAddress } from "@/lib/http/client-address";
import { signedInMemberId } from "@/lib/members/voter";
import { failureResponse, respond, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { castVote } from "@/lib/votes/request";
import { upvoteParams } from "@/lib/votes/schema";
import { cookieValue, VOTER_COOKIE } from "@/lib/votes/voter";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function voteHandler(upvoted: boolean) {
  return route<Context>(async (request, { params }) => {
    const sameSite = checkSameSite(request, "Votes are only accepted from this site's own pages.");
    if (!sameSite.ok) return failureResponse(sameSite.error);
    const input = parseInput(upvoteParams, await params);
    if (!input.ok) return failureResponse(input.error);
    const outcome = await castVote({
      paperId: input.value.id,
      upvoted,
      cookieValue: cookieValue(request.headers.get("cookie"), VOTER_COOKIE),
      memberId: await signedInMemberId(request.headers),
      address: clientAddress(request.headers),
    });
    return respond(outcome, ({ state, cookie }) => {
      const response = NextResponse.json(state);
      if (cookie) response.cookies.set(cookie);
      return response;
    });
  });
}

/** Upvotes the paper for this voter; a repeat leaves one vote. */
export const POST = voteHandler(true);
/** Takes this voter's upvote back; a repeat changes nothing. */
export const DELETE = voteHandler(false);
