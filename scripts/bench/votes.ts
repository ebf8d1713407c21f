// Votes: upvote toggles per second through the upvote API. Each connection alternates POST and
// DELETE on one of the bench day's papers, and every POST/DELETE pair comes from a new visitor
// (a fresh signed `dp_voter` cookie and client address): the API rate-limits each voter and each
// address to what a person clicking does, and 2,000 toggles a second are many people, not one
// script. Then a check in SQL that every paper's count still equals imported upvotes + vote rows.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type autocannon from "autocannon";
import { sign } from "../../lib/db/signing";
import { nextClientAddress } from "./clients";
import { httpRequest } from "./http";
import { measureLoad, type LoadFigures, type LoadSpec } from "./load";
import { BENCH_SESSION_SECRET, type Server } from "./servers";

export type VotesFigures =
  { load: LoadFigures; papers: number; drift: number };

const VOTER_COOKIE = "dp_voter";

/** Papers whose count differs from importedUpvotes + their Upvote rows (must be none). */
export function countDrift(database: string): number {
  const db = new Database(database, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT count(*) AS drift FROM Paper p
         LEFT JOIN (SELECT paperId, count(*) AS n FROM Upvote GROUP BY paperId) v ON v.paperId = p.id
         WHERE p.upvotes != p.importedUpvotes + coalesce(v.n, 0)`,
      )
      .get() as { drift: number };
    return row.drift;
  } finally {
    db.close();
  }
}

function paperIdsOf(database: string, day: string): string[] {
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare("SELECT id FROM Paper WHERE feedDate = ? ORDER BY id").all(day) as { id: string }[]).map((row) => row.id);
  } finally {
    db.close();
  }
}

/** A new visitor's headers: its voter cookie, its address (as a proxy in front of the app sets it), Origin. */
export function visitorHeaders(app: Server): Record<string, string> {
  // A browser's same-origin fetch sends Origin, and the route refuses a cross-site one.
  return {
    cookie: `${VOTER_COOKIE}=${sign("voter", randomUUID(), BENCH_SESSION_SECRET)}`,
    "x-forwarded-for": nextClientAddress(),
    origin: app.url,
  };
}

export const upvotePath = (id: string) => `/api/papers/${encodeURIComponent(id)}/upvote`;

/** POST then DELETE once, so that a broken API fails the measurement with its answer. */
async function probe(app: Server, paperId: string): Promise<void> {
  const headers = visitorHeaders(app);
  for (const method of ["POST", "DELETE"]) {
    const answer = await httpRequest(`${app.url}${upvotePath(paperId)}`, { method, headers });
    if (answer.status >= 300) throw new Error(`votes: ${method} ${upvotePath(paperId)} answered ${answer.status}: ${answer.body}`);
  }
}

export async function measureVotes(
  app: Server,
  { database, day, spec, log }: { database: string; day: string; spec: Omit<LoadSpec, "label" | "url" | "connections">; log: (line: string) => void },
): Promise<VotesFigures> {
  const papers = paperIdsOf(database, day);
  if (papers.length === 0) throw new Error(`votes: no papers on ${day}`);
  await probe(app, papers[0]);

  let connection = 0;
  // autocannon gives each connection a context that is emptied when its request list starts over,
  // so the POST makes up the visitor and the DELETE after it reuses the same one.
  type Context = { headers?: Record<string, string> };
  const setupClient = (client: autocannon.Client) => {
    const path = upvotePath(papers[connection++ % papers.length]);
    client.setRequests([
      { method: "POST", path, setupRequest: (request, context: Context) => ({ ...request, headers: (context.headers = visitorHeaders(app)) }) },
      { method: "DELETE", path, setupRequest: (request, context: Context) => ({ ...request, headers: context.headers ?? visitorHeaders(app) }) },
    ]);
  };
  const load = await measureLoad(
    { ...spec, label: "votes", url: app.url, connections: 64, options: { setupClient } },
    log,
  );
  return { load, papers: papers.length, drift: countDrift(database) };
}
