import { NextResponse } from "next/server";
import { parseInput, searchParamsOf } from "@/lib/http/parse";
import { respond, route } from "@/lib/http/respond";
import { upvoteCountsQuery } from "@/lib/votes/counts-api";
import { upvoteCounts } from "@/lib/votes/votes";

export const dynamic = "force-dynamic";

export const GET = route(async (request) =>
  respond(parseInput(upvoteCountsQuery, searchParamsOf(request)), async ({ ids }) =>
    NextResponse.json({ upvotes: await upvoteCounts(ids) }, { headers: { "Cache-Control": "no-store" } }),
  ),
);
