// Next.js's proxy (formerly middleware), which runs before a route: here only for searches, the
// page (/papers?q=…) and the API (/api/papers/search) alike, to count them against the client's
// search budget and answer 429 with Retry-After past it, before any search work is done. A search
// page that can run is then rewritten onto its cached route (/search/{words}/{page}), rendered
// once a minute at most for everyone who asks for the same words (see
// docs/decisions/0018-cached-search-pages-and-lock-free-votes.md); one that cannot (no words,
// too long, control characters) stays on the dynamic /papers page, which says why.
import { NextResponse, type NextRequest } from "next/server";
import { pageParam } from "./components/pager";
import { clientAddress } from "./lib/http/client-address";
import { cachedSearchPath } from "./lib/search/cached-route";
import { spendSearchBudget } from "./lib/search/limits";
import { searchInputProblem } from "./lib/search/query";

function tooManyPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Too many searches · Daily Papers</title></head><body><main><h1>Too many searches</h1><p>${message}</p><p><a href="/papers">Go to the latest papers</a></p></main></body></html>`;
}

/** Where a search page is rendered: its cached route, or the dynamic page for input it refuses. */
function searchPage(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  const q = searchParams.get("q")?.trim() ?? "";
  if (pathname !== "/papers" || q === "" || searchInputProblem(q) !== null) return NextResponse.next();
  const page = pageParam(searchParams.get("p") ?? undefined);
  return NextResponse.rewrite(new URL(cachedSearchPath(q, page), request.url));
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const retryAfter = await spendSearchBudget(clientAddress(request.headers));
  if (retryAfter === null) return searchPage(request);
  const message = `Too many searches in a short time. Try again in ${retryAfter} seconds.`;
  const headers = { "Retry-After": String(retryAfter), "Cache-Control": "no-store" };
  if (request.nextUrl.pathname.startsWith("/api/"))
    return NextResponse.json({ error: message }, { status: 429, headers });
  return new NextResponse(tooManyPage(message), {
    status: 429,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

// The cached route is counted too when it is asked for by its own address.
export const config = {
  matcher: [{ source: "/papers", has: [{ type: "query", key: "q" }] }, "/api/papers/search", "/search/:path*"],
};
