// Answers of the member routes, which serve both HTML forms (a 303 back to a page, so that the
// browser's back button and reload do not post again) and API clients (JSON).
import { NextResponse } from "next/server";
import type { Failure } from "../http/outcome";
import { failureResponse } from "../http/respond";

/** True when the body came from an HTML form. */
function isFormPost(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").includes("form");
}

interface Answer {
  /** Where a form goes next. */
  page: string;
  /** What an API client gets. */
  json: Record<string, unknown>;
  status?: number;
  setCookies?: string[];
}

export function answer(request: Request, { page, json, status = 200, setCookies = [] }: Answer): NextResponse {
  const response = isFormPost(request)
    ? new NextResponse(null, { status: 303, headers: { location: page } })
    : NextResponse.json(json, { status });
  for (const cookie of setCookies) response.headers.append("set-cookie", cookie);
  response.headers.set("cache-control", "private, no-store");
  return response;
}

/** A refusal: a form goes back to `page` (which says why), an API client gets the failure. */
export function answerFailure(request: Request, failure: Failure, page: string): Response {
  return isFormPost(request)
    ? new NextResponse(null, { status: 303, headers: { location: page } })
    : failureResponse(failure);
}
