import { NextResponse } from "next/server";
import { parseInput, searchParamsOf } from "@/lib/http/parse";
import { respond, route } from "@/lib/http/respond";
import { upvoteCountsQuery } from "@/lib/votes/counts-api";
import { currentVoterUpvotes } from "@/lib/votes/current-voter";
import { upvoteCounts } from "@/lib/votes/votes";

export const dynamic = "force-dynamic";

export const GET = route(async (request) =>
  respond(parseInput(upvoteCountsQuery, searchParamsOf(request)), async ({ ids }) => {
    const [upvotes, upvoted] = await Promise.all([upvoteCounts(ids), currentVoterUpvotes(request.headers, ids)]);
    // Private: the answer depends on the visitor's cookie, so no shared cache may keep it.
    return NextResponse.json({ upvotes, upvoted }, { headers: { "Cache-Control": "private, no-store" } });
  }),
);
