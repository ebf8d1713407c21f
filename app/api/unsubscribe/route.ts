import { NextResponse } from "next/server";
import { parseOr400, route, searchParamsOf } from "@/lib/http/errors";
import { subscriberIdFromToken, unsubscribe } from "@/lib/subscriptions/subscriptions";
import { unsubscribeQuery } from "@/lib/subscriptions/schema";

export const dynamic = "force-dynamic";

// RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL,
// with no cookie and no page in between; the signed token in the URL is all it takes.
export const POST = route(async (request) => {
  const { token } = parseOr400(unsubscribeQuery, searchParamsOf(request));
  await unsubscribe(subscriberIdFromToken("unsubscribe", token));
  return NextResponse.json({ unsubscribed: true });
});
