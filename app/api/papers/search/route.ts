import { NextResponse } from "next/server";
import { parseInput, searchParamsOf } from "@/lib/http/parse";
import { respond, route } from "@/lib/http/respond";
import { searchApi } from "@/lib/search/api";
import { searchApiQuery } from "@/lib/search/schema";

export const dynamic = "force-dynamic";

export const GET = route(async (request) =>
  respond(parseInput(searchApiQuery, searchParamsOf(request)), async (query) => {
    const { total, items } = await searchApi(query);
    return NextResponse.json(items, { headers: { "X-Total-Count": String(total) } });
  }),
);
