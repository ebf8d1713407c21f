import { NextResponse } from "next/server";
import { parseInput, readJsonOrForm } from "@/lib/http/parse";
import { clientAddress } from "@/lib/http/client-address";
import { failureResponse, respond, route } from "@/lib/http/respond";
import { checkSameSite } from "@/lib/http/same-origin";
import { subscribe } from "@/lib/subscriptions/subscriptions";
import { SUBSCRIBE_ACCEPTED, subscribeInput } from "@/lib/subscriptions/schema";

export const dynamic = "force-dynamic";

// An address and a frequency fit in far less; anything bigger is not a subscription request.
const MAX_BODY_BYTES = 4096;

export const POST = route(async (request) => {
  const sameSite = checkSameSite(request, "Subscriptions are only accepted from this site's own pages.");
  if (!sameSite.ok) return failureResponse(sameSite.error);
  const body = await readJsonOrForm(request, MAX_BODY_BYTES, '{ "email": "…", "frequency": "daily" | "weekly" }');
  if (!body.ok) return failureResponse(body.error);
  const input = parseInput(subscribeInput, body.value);
  if (!input.ok) return failureResponse(input.error);
  return respond(await subscribe(input.value, clientAddress(request.headers)), () =>
    NextResponse.json({ message: SUBSCRIBE_ACCEPTED }, { status: 202 }),
  );
});
