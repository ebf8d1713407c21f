// Every /api/* route, described with the zod schemas its handler parses and answers with, so
// that the OpenAPI document (lib/openapi/document.ts) cannot drift from the code. A test fails
// when an app/api/**/route.ts exists that is not described here, and calls each described route
// to check that it answers as described.
//
// Adding a route: one entry below, with its schemas exported from the lib module its handler uses.
import { z } from "zod";
import { dailyPaperItem, dailyPapersQuery } from "../daily-papers-api";
import { searchApiItem, searchApiQuery } from "../search-api";

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
  /** "cronSecret": `Authorization: Bearer $CRON_SECRET`. */
  security?: "cronSecret";
  responses: Record<number, ApiResponse>;
  /**
   * A request the route answers with its first 2xx response, which the contract test makes
   * (tests/integration/openapi.test.ts; papers 2406.00001 and 2406.00002 exist when it runs).
   */
  example: { url: string; headers?: Record<string, string>; body?: string };
}

/** The body of every 4xx and 5xx answer (lib/http.ts). */
export const apiError = z.object({ error: z.string().meta({ description: "What went wrong, for a person to read." }) });

export function errorResponses(described: Record<number, string>): Record<number, ApiResponse> {
  return Object.fromEntries(Object.entries(described).map(([status, description]) => [status, { description, schema: apiError }]));
}

export const openApiDocumentShape = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .meta({ description: "An OpenAPI 3.1 document." });

export const API_ROUTES: ApiRoute[] = [
  {
    method: "get",
    path: "/api/daily_papers",
    summary: "The papers of a day, week or month, most upvoted first",
    description: "In the shape of Hugging Face's /api/daily_papers. With none of date, week and month: the latest day that has papers.",
    query: dailyPapersQuery,
    responses: {
      200: { description: "One page of the span's papers.", schema: z.array(dailyPaperItem) },
      ...errorResponses({ 400: "A parameter is malformed or unknown." }),
    },
    example: { url: "/api/daily_papers?date=2026-06-22&limit=5" },
  },
  {
    method: "get",
    path: "/api/papers/search",
    summary: "Full-text search over titles, abstracts, authors and organizations",
    description:
      'Best match first (bm25; a title match counts most). Words must all match; "quoted phrases" match in order; a word ending in * matches as a prefix. Anything else is read as plain words.',
    query: searchApiQuery,
    responses: {
      200: {
        description: "One page of results.",
        schema: z.array(searchApiItem),
        headers: { "X-Total-Count": { description: "How many papers match in all.", schema: z.int().min(0) } },
      },
      ...errorResponses({ 400: "q is missing or longer than 500 characters, or a parameter is malformed." }),
    },
    example: { url: "/api/papers/search?q=diffusion&limit=5" },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    summary: "This document",
    responses: { 200: { description: "The OpenAPI 3.1 description of every /api route.", schema: openApiDocumentShape } },
    example: { url: "/api/openapi.json" },
  },
];
