import { NextResponse } from "next/server";
import { HttpError, parseOr400, route } from "@/lib/http/errors";
import { clientAddress } from "@/lib/http/rate-limit";
import { limitSubscribeRequests } from "@/lib/subscriptions/limits";
import { requestSubscription } from "@/lib/subscriptions/subscriptions";
import { SUBSCRIBE_ACCEPTED, subscribeInput } from "@/lib/subscriptions/schema";

export const dynamic = "force-dynamic";

// An address and a frequency fit in far less; anything bigger is not a subscription request.
const MAX_BODY_BYTES = 4096;

async function readBody(request: Request): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    throw new HttpError(413, "The request is too large.");
  }
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return await request.json();
    if (type.includes("form")) return Object.fromEntries(await request.formData());
  } catch {
    throw new HttpError(400, "The body is not valid JSON or form data.");
  }
  throw new HttpError(415, 'Send JSON or form data: { "email": "…", "frequency": "daily" | "weekly" }.');
}

export const POST = route(async (request) => {
  const input = parseOr400(subscribeInput, await readBody(request));
  await limitSubscribeRequests(input.email, clientAddress(request.headers));
  await requestSubscription(input);
  return NextResponse.json({ message: SUBSCRIBE_ACCEPTED }, { status: 202 });
});
