import { NextResponse } from "next/server";
import { failureResponse, route } from "@/lib/http/respond";
import { exportMemberData } from "@/lib/members/account";
import { readSession } from "@/lib/members/session";

export const dynamic = "force-dynamic";

// All of the member's data, as a JSON file to download.
export const GET = route(async (request) => {
  const session = await readSession(request.headers);
  if (!session) return failureResponse({ kind: "unauthorized", message: "Sign in first." });
  const data = await exportMemberData(session.member.id);
  return NextResponse.json(data, {
    headers: {
      "cache-control": "private, no-store",
      "content-disposition": `attachment; filename="daily-papers-${session.member.handle}.json"`,
    },
  });
});
