// Next.js's proxy (formerly middleware), which runs before a route: here only for searches, the
// page (/papers?q=…) and the API (/api/papers/search) alike, to count them against the client's
// search budget and answer 429 with Retry-After past it, before any search work is done.
import { NextResponse, type NextRequest } from "next/server";
import { clientAddress } from "./lib/http/client-address";
import { spendSearchBudget } from "./lib/search/limits";

function tooManyPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Too many searches · Daily Papers</title></head><body><main><h1>Too many searches</h1><p>${message}</p><p><a href="/papers">Go to the latest papers</a></p></main></body></html>`;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const retryAfter = await spendSearchBudget(clientAddress(request.headers));
  if (retryAfter === null) return NextResponse.next();
  const message = `Too many searches in a short time. Try again in ${retryAfter} seconds.`;
  const headers = { "Retry-After": String(retryAfter), "Cache-Control": "no-store" };
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.json({ error: message }, { status: 429, headers });
  return new NextResponse(tooManyPage(message), { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}

export const config = {
  matcher: [{ source: "/papers", has: [{ type: "query", key: "q" }] }, "/api/papers/search"],
};
