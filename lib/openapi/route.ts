// The shape of a described route, and the error answers every route shares.
import { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ApiResponse {
  description: string;
  /** The JSON body; none for an empty answer. */
  schema?: z.ZodType;
  headers?: Record<string, { description: string; schema: z.ZodType }>;
}

export interface ApiRoute {
  method: HttpMethod;
  /** OpenAPI style: "/api/papers/{id}/upvote" for app/api/papers/[id]/upvote/route.ts. */
  path: string;
  summary: string;
  description?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; contentTypes: string[] };
  /**
   * "cronSecret": `Authorization: Bearer $CRON_SECRET`; "memberSession" / "adminSession": a signed-in
   * member's (admin's) session cookie, which the contract test signs in to get for its example.
   */
  security?: "cronSecret" | "memberSession" | "adminSession";
  responses: Record<number, ApiResponse>;
  /**
   * A request the route answers with its first 2xx response, which the contract test makes
   * (tests/integration/openapi.test.ts; papers 2406.00001 and 2406.00002 exist when it runs).
   */
  example: { url: string; headers?: Record<string, string>; body?: string };
  /**
   * What the example lacks and the contract test makes: the token of a fresh sign-in link in the
   * body, or a collection of the signed-in member, whose id replaces `{collection}` in the url.
   */
  exampleNeeds?: "signInToken" | "collection";
}

/** The body of every 4xx and 5xx answer (lib/http/respond.ts). */
export const apiError = z.object({ error: z.string().meta({ description: "What went wrong, for a person to read." }) });

export function errorResponses(described: Record<number, string>): Record<number, ApiResponse> {
  return Object.fromEntries(
    Object.entries(described).map(([status, description]) => [status, { description, schema: apiError }]),
  );
}
