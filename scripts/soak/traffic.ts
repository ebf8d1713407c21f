// The soak's traffic: a fixed mix of what readers do (feeds, paper pages, feed pages, search) and
// what they write (votes, subscriptions), each request from another client address, and a ledger
// of every write the app acknowledged, to check the database against at the end.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type autocannon from "autocannon";
import { sign } from "../../lib/db/signing";
import { monthKey, weekKey } from "../../lib/papers/dates";
import { nextClientAddress } from "../bench/clients";
import { BENCH_SESSION_SECRET } from "../bench/servers";
import { upvotePath } from "../bench/votes";

type Kind = "feed" | "paper" | "page" | "search" | "upvote" | "unvote" | "subscribe";

/** Shares of the traffic, in percent. */
const MIX: [Kind, number][] = [
  ["feed", 20],
  ["paper", 25],
  ["page", 10],
  ["search", 15],
  ["upvote", 14],
  ["unvote", 10],
  ["subscribe", 6],
];

const FEEDS = ["/papers/feed.xml", "/papers/atom.xml", "/papers/feed.json", "/papers/trending/feed.xml", "/papers/trending/atom.xml", "/papers/trending/feed.json"];
const WORDS = ["model", "diffusion", "language", "video", "reinforcement learning", "graph*", '"large language"', "robot"];
/** The domain of the soak's subscribers, to find them at the end. */
export const SOAK_EMAIL_DOMAIN = "soak.example.org";

interface Vote {
  paperId: string;
  voterId: string;
  cookie: string;
}

export interface Ledger {
  /** Responses by kind and status class ("2xx", "4xx", "5xx"). */
  statuses: Record<string, Record<string, number>>;
  /** "paperId voterId" → whether the app last said the upvote is counted. */
  votes: Map<string, boolean>;
  /** Addresses the app accepted (202). */
  subscribed: Set<string>;
  /**
   * Writes sent whose answer never came (a timeout, a dropped connection): the app may or may not
   * have made them, so the final check allows either ("paperId voterId" of votes, addresses).
   */
  unanswered: Set<string>;
}

type Context = { kind?: Kind; vote?: Vote; email?: string };

function pick<T>(list: T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

function pickKind(): Kind {
  let roll = Math.random() * 100;
  for (const [kind, share] of MIX) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return MIX[0][0];
}

/** The papers the soak visits and votes on: a sample of the dataset's, newest days first. */
function samplePapers(database: string): { ids: string[]; days: string[] } {
  const db = new Database(database, { readonly: true });
  try {
    const ids = (db.prepare("SELECT id FROM Paper ORDER BY feedDate DESC, id LIMIT 2000").all() as { id: string }[]).map((row) => row.id);
    const days = (db.prepare("SELECT DISTINCT feedDate AS day FROM Paper ORDER BY feedDate DESC LIMIT 60").all() as { day: string }[]).map((row) => row.day);
    return { ids, days };
  } finally {
    db.close();
  }
}

/** autocannon options for the mix, and the ledger its answers fill in. */
export function soakTraffic(database: string, appUrl: string): { options: Partial<autocannon.Options>; ledger: Ledger } {
  const { ids, days } = samplePapers(database);
  const ledger: Ledger = { statuses: {}, votes: new Map(), subscribed: new Set(), unanswered: new Set() };
  // Upvotes the app has confirmed and not yet seen taken back: what "unvote" requests take back.
  const cast: Vote[] = [];
  let emails = 0;

  const pageOf = (): string => {
    const day = pick(days);
    return pick([`/papers/date/${day}`, `/papers/week/${weekKey(day)}`, `/papers/month/${monthKey(day)}`, "/papers/trending", "/papers"]);
  };

  const build = (kind: Kind, context: Context): autocannon.Request => {
    const headers: Record<string, string> = { "x-forwarded-for": nextClientAddress() };
    switch (kind) {
      case "feed":
        return { method: "GET", path: pick(FEEDS), headers };
      case "paper":
        return { method: "GET", path: `/papers/${pick(ids)}`, headers };
      case "page":
        return { method: "GET", path: pageOf(), headers };
      case "search":
        return { method: "GET", path: `/papers?${new URLSearchParams({ q: pick(WORDS) })}`, headers };
      case "upvote":
      case "unvote": {
        const taken = kind === "unvote" ? cast.splice(Math.floor(Math.random() * cast.length), 1)[0] : undefined;
        const voterId = randomUUID();
        const vote = taken ?? { paperId: pick(ids.slice(0, 300)), voterId, cookie: sign("voter", voterId, BENCH_SESSION_SECRET) };
        context.vote = vote;
        ledger.unanswered.add(`${vote.paperId} ${vote.voterId}`);
        const method = taken ? "DELETE" : "POST";
        return { method, path: upvotePath(vote.paperId), headers: { ...headers, cookie: `dp_voter=${vote.cookie}`, origin: appUrl } };
      }
      case "subscribe": {
        emails += 1;
        context.email = `reader-${process.pid}-${emails}@${SOAK_EMAIL_DOMAIN}`;
        ledger.unanswered.add(context.email);
        const body = JSON.stringify({ email: context.email, frequency: emails % 3 ? "daily" : "weekly" });
        return { method: "POST", path: "/api/subscribe", headers: { ...headers, "content-type": "application/json", origin: appUrl }, body };
      }
    }
  };

  const record = (status: number, body: string, context: Context) => {
    const kind = context.kind ?? "feed";
    const byClass = (ledger.statuses[kind] ??= {});
    const statusClass = `${Math.floor(status / 100)}xx`;
    byClass[statusClass] = (byClass[statusClass] ?? 0) + 1;
    if (context.vote) ledger.unanswered.delete(`${context.vote.paperId} ${context.vote.voterId}`);
    if (context.email) ledger.unanswered.delete(context.email);
    if (status >= 300) return;
    if (context.vote) {
      const { upvoted } = JSON.parse(body) as { upvoted: boolean };
      ledger.votes.set(`${context.vote.paperId} ${context.vote.voterId}`, upvoted);
      if (upvoted) cast.push(context.vote);
    }
    if (context.email && status === 202) ledger.subscribed.add(context.email);
  };

  const options: Partial<autocannon.Options> = {
    setupClient(client) {
      client.setRequests([
        {
          setupRequest: (request, context: Context) => {
            delete context.vote;
            delete context.email;
            const kind = pickKind();
            // Nothing to take back yet: cast one instead.
            context.kind = kind === "unvote" && cast.length === 0 ? "upvote" : kind;
            return { ...request, ...build(context.kind, context) };
          },
          onResponse: (status, body, context: Context) => record(status, body, context),
        },
      ]);
    },
  };
  return { options, ledger };
}
