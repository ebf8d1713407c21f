import { NextResponse } from "next/server";
import { TokenPurpose } from "@/lib/db/signing";
import { parseInput, searchParamsOf } from "@/lib/http/parse";
import { failureResponse, respond, route } from "@/lib/http/respond";
import { subscriberIdFromToken, unsubscribe } from "@/lib/subscriptions/subscriptions";
import { unsubscribeQuery } from "@/lib/subscriptions/schema";

export const dynamic = "force-dynamic";

// RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL,
// with no cookie and no page in between; the signed token in the URL is all it takes.
export const POST = route(async (request) => {
  const query = parseInput(unsubscribeQuery, searchParamsOf(request));
  if (!query.ok) return failureResponse(query.error);
  return respond(subscriberIdFromToken(TokenPurpose.unsubscribe, query.value.token), async (id) => {
    await unsubscribe(id);
    return NextResponse.json({ unsubscribed: true });
  });
});
