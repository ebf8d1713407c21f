// How route handlers answer errors, in one place: a person-readable JSON message with the right
// status, and never a raw error (or a 500) for a client's mistake.
import { NextResponse } from "next/server";
import { z } from "zod";

/** An error the client caused or may see: its status and message go out as they are. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function jsonError(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error: message }, { status, headers });
}

/** "limit: must be at most 100; date: …", naming each bad field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** Query parameters as a plain object, for a zod schema to parse. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** Parses with the schema, or throws a 400 naming what is wrong. */
export function parseOr400<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new HttpError(400, describeZodError(result.error));
  return result.data;
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: HttpErrors become their JSON answer; anything else is logged, then a 500. */
export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof HttpError) return jsonError(error.status, error.message, error.headers);
      console.error(error);
      return jsonError(500, "Something went wrong on our side. Please try again.");
    }
  };
}
