import { NextResponse } from "next/server";
import { parseOr400, route, searchParamsOf } from "@/lib/http/errors";
import { searchApi, searchApiQuery } from "@/lib/search/api";

export const dynamic = "force-dynamic";

export const GET = route(async (request) => {
  const query = parseOr400(searchApiQuery, searchParamsOf(request));
  const { total, items } = await searchApi(query);
  return NextResponse.json(items, { headers: { "X-Total-Count": String(total) } });
});
