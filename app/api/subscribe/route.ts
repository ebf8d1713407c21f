import { NextResponse } from "next/server";
import { readSmallBody } from "@/lib/http/body";
import { parseOr400, route } from "@/lib/http/errors";
import { clientAddress } from "@/lib/http/rate-limit";
import { limitSubscribeRequests } from "@/lib/subscriptions/limits";
import { requestSubscription } from "@/lib/subscriptions/subscriptions";
import { SUBSCRIBE_ACCEPTED, subscribeInput } from "@/lib/subscriptions/schema";

export const dynamic = "force-dynamic";

// An address and a frequency fit in far less; anything bigger is not a subscription request.
const MAX_BODY_BYTES = 4096;

export const POST = route(async (request) => {
  const input = parseOr400(
    subscribeInput,
    await readSmallBody(request, MAX_BODY_BYTES, '{ "email": "…", "frequency": "daily" | "weekly" }'),
  );
  await limitSubscribeRequests(input.email, clientAddress(request.headers));
  await requestSubscription(input);
  return NextResponse.json({ message: SUBSCRIBE_ACCEPTED }, { status: 202 });
});
