import { NextResponse } from "next/server";
import { savedAmong } from "@/lib/collections/saved";
import { parseInput, searchParamsOf } from "@/lib/http/parse";
import { respond, route } from "@/lib/http/respond";
import { readSession } from "@/lib/members/session";
import { upvoteCountsQuery } from "@/lib/votes/counts-api";

export const dynamic = "force-dynamic";

// The save buttons of a cached page ask here after load; a visitor has saved nothing.
export const GET = route(async (request) =>
  respond(parseInput(upvoteCountsQuery, searchParamsOf(request)), async ({ ids }) => {
    const session = await readSession(request.headers);
    const saved = session ? await savedAmong(session.member.id, ids) : [];
    return NextResponse.json({ saved }, { headers: { "cache-control": "private, no-store" } });
  }),
);
