import { NextResponse } from "next/server";
import { HttpError, parseOr400, route } from "@/lib/http/errors";
import { isCrossSite } from "@/lib/http/same-origin";
import { clientAddress } from "@/lib/http/rate-limit";
import { signedInMemberId } from "@/lib/members/voter";
import { castVote, upvoteParams } from "@/lib/votes/request";
import { cookieValue, VOTER_COOKIE } from "@/lib/votes/voter";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function voteHandler(upvoted: boolean) {
  return route<Context>(async (request, { params }) => {
    if (isCrossSite(request)) throw new HttpError(403, "Votes are only accepted from this site's own pages.");
    const { id } = parseOr400(upvoteParams, await params);
    const outcome = await castVote({
      paperId: id,
      upvoted,
      cookieValue: cookieValue(request.headers.get("cookie"), VOTER_COOKIE),
      memberId: await signedInMemberId(request.headers),
      address: clientAddress(request.headers),
    });
    if (outcome.kind === "limited") {
      const seconds = outcome.retryAfterSeconds;
      throw new HttpError(429, `Too many votes in a short time. Try again in ${seconds} seconds.`, { "Retry-After": String(seconds) });
    }
    if (outcome.kind === "sign-in-required") throw new HttpError(401, "Sign in to upvote.");
    if (outcome.kind === "unknown-paper") throw new HttpError(404, `There is no paper with the id "${id}".`);
    const response = NextResponse.json(outcome.state);
    if (outcome.cookie) response.cookies.set(outcome.cookie);
    return response;
  });
}

/** Upvotes the paper for this voter; a repeat leaves one vote. */
export const POST = voteHandler(true);
/** Takes this voter's upvote back; a repeat changes nothing. */
export const DELETE = voteHandler(false);
