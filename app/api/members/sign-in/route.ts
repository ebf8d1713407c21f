import { NextResponse } from "next/server";
import { readSmallBody } from "@/lib/http/body";
import { jsonError, parseOr400, route } from "@/lib/http/errors";
import { clientAddress } from "@/lib/http/rate-limit";
import { isCrossSite } from "@/lib/http/same-origin";
import { spendSignInRequest, TOO_MANY_SIGN_IN_REQUESTS } from "@/lib/members/limits";
import { SIGN_IN_SENT, signInInput } from "@/lib/members/schema";
import { requestSignInLink } from "@/lib/members/sign-in";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  if (isCrossSite(request)) return jsonError(403, "Sign-in requests are only accepted from this site's own pages.");
  const { email } = parseOr400(signInInput, await readSmallBody(request, 1024, '{ "email": "…" }'));
  const retryAfter = await spendSignInRequest(email, clientAddress(request.headers));
  if (retryAfter !== null) return jsonError(429, TOO_MANY_SIGN_IN_REQUESTS, { "Retry-After": String(retryAfter) });
  const outcome = await requestSignInLink(email, request.headers);
  if (outcome.kind === "domain-not-allowed") return jsonError(403, outcome.message);
  return NextResponse.json({ message: SIGN_IN_SENT }, { status: 202 });
});
