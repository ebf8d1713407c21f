// Every /api/* route, described with the zod schemas its handler parses and answers with, so
// that the OpenAPI document (lib/openapi/document.ts) cannot drift from the code. A test fails
// when an app/api/**/route.ts exists that is not described here, and calls each described route
// to check that it answers as described.
//
// Adding a route: one entry below, with its schemas exported from the lib module its handler uses.
import { z } from "zod";
import { digestSummary } from "../digest/schema";
import { healthSchema, unhealthySchema } from "../health/health";
import { importSummarySchema } from "../ingest/schema";
import { dailyPapersQuery, hfFeedItem, hfPaper, paperIdParams } from "../papers/schema";
import { searchApiItem, searchApiQuery } from "../search/schema";
import { submitInput } from "../submissions/schema";
import { getEnv } from "../db/env";
import { sign, TokenPurpose } from "../db/signing";
import { upvoteCountsQuery, upvoteCountsResponse } from "../votes/counts-api";
import { subscribeAccepted, subscribeInput, unsubscribed, unsubscribeQuery } from "../subscriptions/schema";
import { upvoteParams, voteStateSchema } from "../votes/schema";
import { COLLECTION_ROUTES } from "./collection-routes";
import { MEMBER_ROUTES } from "./member-routes";
import { apiError, errorResponses, type ApiRoute } from "./route";

export type { ApiResponse, ApiRoute, HttpMethod } from "./route";
export { apiError, errorResponses } from "./route";

export const openApiDocumentShape = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  })
  .meta({ description: "An OpenAPI 3.1 document." });

function voteRoute(method: "post" | "delete", summary: string): ApiRoute {
  return {
    method,
    path: "/api/papers/{id}/upvote",
    summary,
    description:
      "Idempotent. The voter is the signed dp_voter cookie; the first upvote without one sets it. Limits: 60 votes a minute per voter, 300 per client address.",
    pathParams: upvoteParams,
    responses: {
      200: { description: "The vote as it now stands.", schema: voteStateSchema },
      ...errorResponses({
        400: "The id is malformed.",
        403: "The Origin header names another site.",
        404: "There is no such paper, or an admin hid it; nothing changed.",
      }),
      429: {
        description: "Too many votes from this voter or address; nothing changed.",
        schema: apiError,
        headers: { "Retry-After": { description: "Seconds to wait.", schema: z.string() } },
      },
    },
    example: { url: "/api/papers/2406.00001/upvote" },
  };
}

/** What lib/http/parse.ts (readJsonOrForm) answers for a body it will not read. */
const SMALL_BODY_ERRORS = { 413: "The body is too large.", 415: "The body is neither JSON nor form data." };

const retryAfter = { "Retry-After": { description: "Seconds to wait.", schema: z.string() } };

/** A scheduled job's route, which answers GET (Vercel Cron) and POST alike. */
function cronRoutes(job: {
  path: string;
  summary: string;
  description: string;
  schema: z.ZodType;
  nothing: string;
}): ApiRoute[] {
  return (["get", "post"] as const).map((method) => ({
    method,
    path: job.path,
    summary: job.summary,
    description: job.description,
    security: "cronSecret",
    responses: {
      200: { description: "What this run did.", schema: job.schema },
      ...errorResponses({
        401: `The bearer secret is missing or wrong; ${job.nothing}.`,
        503: "CRON_SECRET is not set on the server, so the route is disabled.",
      }),
    },
    get example() {
      return { url: job.path, headers: { authorization: `Bearer ${getEnv().CRON_SECRET}` } };
    },
  }));
}

export const API_ROUTES: ApiRoute[] = [
  voteRoute("post", "Upvote a paper for this visitor"),
  voteRoute("delete", "Take this visitor's upvote back"),
  {
    method: "get",
    path: "/api/papers/upvotes",
    summary: "The current counts of up to 100 papers, and which of them this visitor upvoted",
    description:
      "Pages cached for everyone load these after rendering. Unknown ids are left out of the answer. `upvoted` is read from the signed voter cookie; the answer is private and never cached.",
    query: upvoteCountsQuery,
    responses: {
      200: { description: "Counts by paper id, and the ids this visitor upvoted.", schema: upvoteCountsResponse },
      ...errorResponses({ 400: "ids is missing, names more than 100 papers, or holds a malformed id." }),
    },
    example: { url: "/api/papers/upvotes?ids=2406.00001,2406.00002" },
  },
  {
    method: "get",
    path: "/api/daily_papers",
    summary: "The papers of a day, week or month, most upvoted first",
    description:
      "In the shape of Hugging Face's /api/daily_papers, with its parameters (what huggingface_hub's list_daily_papers() sends). With none of date, week and month: the latest day that has papers (every day with submitter; the trending list with sort=trending).",
    query: dailyPapersQuery,
    responses: {
      200: { description: "One page of the span's papers.", schema: z.array(hfFeedItem) },
      ...errorResponses({ 400: "A parameter is malformed or unknown." }),
    },
    example: { url: "/api/daily_papers?date=2026-06-22&limit=5" },
  },
  {
    method: "get",
    path: "/api/papers/{id}",
    summary: "One paper, in the shape of Hugging Face's /api/papers/{id}",
    description:
      "What huggingface_hub's paper_info() reads. An old address of a merged paper redirects (308) to its arXiv id.",
    pathParams: paperIdParams,
    responses: {
      200: { description: "The paper.", schema: hfPaper },
      308: { description: "The paper moved to its arXiv id; Location names it." },
      ...errorResponses({ 400: "The id is malformed.", 404: "There is no such paper, or an admin hid it." }),
    },
    example: { url: "/api/papers/2406.00001" },
  },
  {
    method: "post",
    path: "/api/papers/submit",
    summary: "Submit an arXiv paper to today's feed",
    description:
      "As on Hugging Face: the paper is fetched from arXiv and added to today's feed, submitted by the signed-in member (by anonymous when ANONYMOUS_SUBMISSIONS lets visitors submit). paper_id takes an arXiv id or the paper's address on arxiv.org (abs, pdf, versioned) or huggingface.co/papers. Requests that reach arXiv are limited per client address (10 an hour by default).",
    body: { schema: submitInput, contentTypes: ["application/json", "application/x-www-form-urlencoded"] },
    security: "memberSession",
    responses: {
      200: {
        description: "The paper was already here (perhaps under an old address); nothing was added.",
        schema: hfPaper,
      },
      201: { description: "The paper was fetched from arXiv and added to today's feed.", schema: hfPaper },
      ...errorResponses({
        400: "paper_id is missing or names no arXiv paper.",
        401: "No member is signed in, and ANONYMOUS_SUBMISSIONS is false (the default).",
        403: "The Origin header names another site.",
        404: "arXiv does not know this paper.",
        ...SMALL_BODY_ERRORS,
        503: "arXiv could not be reached or did not answer in time; nothing was added.",
      }),
      429: {
        description: "Too many submissions from this client; nothing was added.",
        schema: apiError,
        headers: retryAfter,
      },
    },
    example: {
      url: "/api/papers/submit",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ paper_id: "https://arxiv.org/abs/2406.00001v2" }),
    },
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
      ...errorResponses({ 400: "q is longer than 500 characters, or a parameter is malformed." }),
    },
    example: { url: "/api/papers/search?q=diffusion&limit=5" },
  },
  {
    method: "post",
    path: "/api/subscribe",
    summary: "Ask for the digest by email (double opt-in)",
    description:
      "Sends a confirmation link to a new or pending address, after answering; the answer, and the time it takes, are the same whether the address was new, pending or already subscribed. 5 requests an hour per mailbox (+tags and Gmail dots count as one), 20 per client address. Refused from another site's pages.",
    body: { schema: subscribeInput, contentTypes: ["application/json", "application/x-www-form-urlencoded"] },
    responses: {
      202: { description: "Accepted.", schema: subscribeAccepted },
      ...errorResponses({
        400: "The address or the frequency is not valid.",
        403: "The request came from another site's page.",
        ...SMALL_BODY_ERRORS,
      }),
      429: {
        description: "Too many requests for this address or from this client.",
        schema: apiError,
        headers: retryAfter,
      },
    },
    example: {
      url: "/api/subscribe",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "reader@example.com", frequency: "weekly" }),
    },
  },
  {
    method: "post",
    path: "/api/unsubscribe",
    summary: "One-click unsubscribe (RFC 8058)",
    description:
      "The List-Unsubscribe address of every digest. Idempotent; needs no cookie or login, only the signed token.",
    query: unsubscribeQuery,
    responses: {
      200: { description: "Unsubscribed (or already was).", schema: unsubscribed },
      ...errorResponses({ 400: "The token is missing, altered or forged." }),
    },
    // A getter: the token is signed with this server's secret when the contract test asks for it.
    get example() {
      return { url: `/api/unsubscribe?token=${sign(TokenPurpose.unsubscribe, "example-subscriber")}` };
    },
  },
  ...cronRoutes({
    path: "/api/cron/digest",
    summary: "Send the scheduled digest",
    description:
      "Sends the daily digest to daily subscribers and the weekly one to weekly subscribers, each at most once per period, retrying failed deliveries.",
    schema: digestSummary,
    nothing: "nothing was sent",
  }),
  ...cronRoutes({
    path: "/api/cron/import",
    summary: "Import the day's papers",
    description:
      "Imports today's papers from the sources in IMPORT_SOURCES (hf, arxiv) and catches up the days of the last week that have no successful import. Idempotent: a rerun adds nothing twice and only updates what changed; votes are never touched.",
    schema: importSummarySchema,
    nothing: "nothing was imported",
  }),
  {
    method: "get",
    path: "/api/openapi.json",
    summary: "This document",
    responses: {
      200: { description: "The OpenAPI 3.1 description of every /api route.", schema: openApiDocumentShape },
    },
    example: { url: "/api/openapi.json" },
  },
  {
    method: "get",
    path: "/api/health",
    summary: "Whether this instance can serve",
    description:
      "For a reverse proxy's health checks: 200 only when the database answers a SELECT 1 and Redis, when REDIS_URL is set, answers a PING, each within 2 seconds. Never cached.",
    responses: {
      200: { description: "Every part answered.", schema: healthSchema },
      503: { description: "A part did not answer; the body names it.", schema: unhealthySchema },
    },
    example: { url: "/api/health" },
  },
  ...MEMBER_ROUTES,
  ...COLLECTION_ROUTES,
];
