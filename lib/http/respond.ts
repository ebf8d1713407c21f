// The one place where outcomes become HTTP: a failure's kind picks the status, its message is the
// `{ "error": … }` body, and its details become headers. Route handlers parse, call lib/, then
// hand the outcome here; anything thrown is a bug, logged and answered with a plain 500.
import { NextResponse } from "next/server";
import type { Failure, FailureKind, Outcome } from "./outcome";

const STATUS: Record<FailureKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

export function jsonError(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error: message }, { status, headers });
}

export function failureResponse(error: Failure): NextResponse {
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.retryAfterSeconds);
  if (error.challenge) headers["WWW-Authenticate"] = error.challenge;
  return jsonError(STATUS[error.kind], error.message, headers);
}

/** The success answer built from the value, or the failure's answer. */
export function respond<T>(
  outcome: Outcome<T>,
  answer: (value: T) => Response | Promise<Response>,
): Response | Promise<Response> {
  return outcome.ok ? answer(outcome.value) : failureResponse(outcome.error);
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler so that an unexpected error is logged and answered with a 500, never its text. */
export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      console.error(error);
      return jsonError(500, "Something went wrong on our side. Please try again.");
    }
  };
}
