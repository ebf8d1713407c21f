import { NextResponse } from "next/server";
import { cachedAnswer } from "@/lib/papers/answer-cache";
import { dailyPapers } from "@/lib/papers/daily-papers-api";
import { dailyPapersQuery } from "@/lib/papers/schema";
import { parseInput, searchParamsOf } from "@/lib/http/parse";
import { respond, route } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

// Votes drop the cached answers at once; a minute bounds how long an import by another process
// takes to show.
const CACHE_MS = 60_000;

export const GET = route(async (request) =>
  respond(parseInput(dailyPapersQuery, searchParamsOf(request)), async (query) => {
    const body = await cachedAnswer(`daily_papers ${JSON.stringify(query)}`, CACHE_MS, async () =>
      JSON.stringify(await dailyPapers(query)),
    );
    return new NextResponse(body, { headers: { "Content-Type": "application/json" } });
  }),
);
