import { NextResponse } from "next/server";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { failureResponse, respond, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { SIGN_IN_SENT, signInInput } from "@/lib/members/schema";
import { requestSignInLink } from "@/lib/members/sign-in";

export const dynamic = "force-dynamic";

export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Sign-in requests are only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const body = await readJsonOrForm(request, 1024, '{ "email": "…" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(signInInput, body.value);
  if (!input.ok) return failureResponse(input.error);
  return respond(await requestSignInLink(input.value.email, request.headers), () =>
    NextResponse.json({ message: SIGN_IN_SENT }, { status: 202 }),
  );
});
