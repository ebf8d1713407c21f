import { NextResponse } from "next/server";
import { dailyPapers, dailyPapersQuery } from "@/lib/daily-papers-api";
import { parseOr400, route, searchParamsOf } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const query = parseOr400(dailyPapersQuery, searchParamsOf(request));
  return NextResponse.json(await dailyPapers(query));
});
