import { NextResponse } from "next/server";
import { cachedAnswer } from "@/lib/papers/answer-cache";
import { dailyPapers, dailyPapersQuery } from "@/lib/papers/daily-papers-api";
import { parseOr400, route, searchParamsOf } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

// Votes drop the cached answers at once; a minute bounds how long an import by another process
// takes to show.
const CACHE_MS = 60_000;

export const GET = route(async (request) => {
  const query = parseOr400(dailyPapersQuery, searchParamsOf(request));
  const body = await cachedAnswer(`daily_papers ${JSON.stringify(query)}`, CACHE_MS, async () =>
    JSON.stringify(await dailyPapers(query)),
  );
  return new NextResponse(body, { headers: { "Content-Type": "application/json" } });
});
