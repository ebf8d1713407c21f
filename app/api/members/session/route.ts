import { NextResponse } from "next/server";
import { route } from "@/lib/http/respond";
import { readSession } from "@/lib/members/session";

export const dynamic = "force-dynamic";

// The member menu asks here after a cached page loads: pages are the same for everyone.
export const GET = route(async (request) => {
  const session = await readSession(request.headers);
  const member = session && {
    name: session.member.name,
    handle: session.member.handle,
    isAdmin: session.member.isAdmin,
  };
  const response = NextResponse.json({ member }, { headers: { "cache-control": "private, no-store" } });
  for (const cookie of session?.setCookies ?? []) response.headers.append("set-cookie", cookie);
  return response;
});
