import { NextResponse } from "next/server";
import { parseOr400, route, searchParamsOf } from "@/lib/http/errors";
import { upvoteCountsQuery } from "@/lib/votes/counts-api";
import { upvoteCounts } from "@/lib/votes/votes";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const { ids } = parseOr400(upvoteCountsQuery, searchParamsOf(request));
  return NextResponse.json({ upvotes: await upvoteCounts(ids) }, { headers: { "Cache-Control": "no-store" } });
});
