import { NextResponse } from "next/server";
import { route } from "@/lib/http";
import { subscriberIdFromToken, unsubscribe } from "@/lib/subscriptions";

export const dynamic = "force-dynamic";

// RFC 8058 one-click: mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL,
// with no cookie and no page in between; the signed token in the URL is all it takes.
export const POST = route(async (request) => {
  const id = subscriberIdFromToken("unsubscribe", new URL(request.url).searchParams.get("token"));
  await unsubscribe(id);
  return NextResponse.json({ unsubscribed: true });
});
