// Votes: upvote toggles per second through the upvote API. Each connection alternates POST and
// DELETE on one of the bench day's papers, and every POST/DELETE pair comes from a new visitor
// (a fresh signed `dp_voter` cookie and client address): the API rate-limits each voter and each
// address to what a person clicking does, and 2,000 toggles a second are many people, not one
// script. Then a check in SQL that every paper's count still equals imported upvotes + vote rows.
// On several instances the connections take turns between them, as a round-robin proxy would.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import type autocannon from "autocannon";
import { sign } from "../../lib/db/signing";
import { nextClientAddress } from "./clients";
import { httpRequest } from "./http";
import { measureLoad, type LoadFigures, type LoadSpec } from "./load";
import { BENCH_SESSION_SECRET, type Server } from "./servers";

export interface VotesFigures {
  load: LoadFigures;
  papers: number;
  drift: number;
  /**
   * The cached API asked the way the votes are (64 connections, a new visitor's headers per pair
   * of requests), right after them: the same load generator's work per request, so that the ratio
   * is the servers' alone. Absent when not asked for (the instances).
   */
  apiAlike?: LoadFigures;
}

const VOTER_COOKIE = "dp_voter";

// Quoted names: the same statement reads SQLite's tables and PostgreSQL's.
const DRIFT_SQL = `SELECT count(*) AS "drift" FROM "Paper" p
  LEFT JOIN (SELECT "paperId", count(*) AS n FROM "Upvote" GROUP BY "paperId") v ON v."paperId" = p."id"
  WHERE p."upvotes" != p."importedUpvotes" + coalesce(v.n, 0)`;

/** Papers whose count differs from importedUpvotes + their Upvote rows (must be none). */
export function countDrift(database: string): number {
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare(DRIFT_SQL).get() as { drift: number }).drift;
  } finally {
    db.close();
  }
}

/** countDrift on a PostgreSQL database. */
export async function countDriftOnPostgres(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ drift: string }>(DRIFT_SQL);
    return Number(rows[0].drift);
  } finally {
    await client.end();
  }
}

/** The ids of the papers of `day` in the SQLite `database`. */
export function paperIdsOf(database: string, day: string): string[] {
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare("SELECT id FROM Paper WHERE feedDate = ? ORDER BY id").all(day) as { id: string }[]).map((row) => row.id);
  } finally {
    db.close();
  }
}

/**
 * A new visitor's headers: its voter cookie, its address (as a proxy in front of the app sets it),
 * and Origin, the site's address (`origin`: the first instance's, every instance's APP_URL).
 */
export function visitorHeaders(origin: string): Record<string, string> {
  // A browser's same-origin fetch sends Origin, and the route refuses a cross-site one.
  return {
    cookie: `${VOTER_COOKIE}=${sign("voter", randomUUID(), BENCH_SESSION_SECRET)}`,
    "x-forwarded-for": nextClientAddress(),
    origin,
  };
}

export const upvotePath = (id: string) => `/api/papers/${encodeURIComponent(id)}/upvote`;

/** POST then DELETE once, so that a broken API fails the measurement with its answer. */
async function probe(app: Server, origin: string, paperId: string): Promise<void> {
  const headers = visitorHeaders(origin);
  for (const method of ["POST", "DELETE"]) {
    const answer = await httpRequest(`${app.url}${upvotePath(paperId)}`, { method, headers });
    if (answer.status >= 300) throw new Error(`votes: ${method} ${upvotePath(paperId)} answered ${answer.status}: ${answer.body}`);
  }
}

/** Votes on `papers` through `apps` (one or several instances of one site), then `drift()`. */
export async function measureVotes(
  apps: Server[],
  {
    papers,
    drift,
    spec,
    log,
    apiPath,
  }: {
    papers: string[];
    drift: () => number | Promise<number>;
    /** The cached API's path, to measure it as the votes are (apiAlike). */
    apiPath?: string;
    spec: Omit<LoadSpec, "label" | "url" | "connections">;
    log: (line: string) => void;
  },
): Promise<VotesFigures> {
  if (papers.length === 0) throw new Error("votes: no papers on the bench day");
  const origin = apps[0].url;
  for (const app of apps) await probe(app, origin, papers[0]);

  let connection = 0;
  // autocannon gives each connection a context that is emptied when its request list starts over,
  // so the POST makes up the visitor and the DELETE after it reuses the same one.
  type Context = { headers?: Record<string, string> };
  const setupClient = (client: autocannon.Client) => {
    const path = upvotePath(papers[connection++ % papers.length]);
    client.setRequests([
      { method: "POST", path, setupRequest: (request, context: Context) => ({ ...request, headers: (context.headers = visitorHeaders(origin)) }) },
      { method: "DELETE", path, setupRequest: (request, context: Context) => ({ ...request, headers: context.headers ?? visitorHeaders(origin) }) },
    ]);
  };
  const asVotes = { ...spec, url: apps.map((app) => app.url), connections: 64 };
  const load = await measureLoad({ ...asVotes, label: "votes", options: { setupClient } }, log);
  const figures: VotesFigures = { load, papers: papers.length, drift: await drift() };
  if (!apiPath) return figures;
  const setupApiClient = (client: autocannon.Client) => {
    const visitor = (request: autocannon.Request, context: Context) => ({ ...request, headers: (context.headers = visitorHeaders(origin)) });
    const same = (request: autocannon.Request, context: Context) => ({ ...request, headers: context.headers ?? visitorHeaders(origin) });
    client.setRequests([
      { method: "GET", path: apiPath, setupRequest: visitor },
      { method: "GET", path: apiPath, setupRequest: same },
    ]);
  };
  const apiAlike = await measureLoad({ ...asVotes, label: "daily_papers API, asked as the votes are", options: { setupClient: setupApiClient } }, log);
  return { ...figures, apiAlike };
}
