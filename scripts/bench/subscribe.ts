// Subscribing must not tell anyone whether an address is already subscribed (README, Security):
// the answer is the same, and so is its time, because nothing about the address is read before
// answering (lib/subscriptions/subscriptions.ts). One request at a time, alternating an active
// subscriber's address and a new one, each from a client address of its own (the per-client limit
// is not what is measured), with time between for the work done after the answer, so that neither
// kind of request pays for the other's: the new address's confirmation email in particular.
import { readdirSync } from "node:fs";
import Database from "better-sqlite3";
import { nextClientAddress } from "./clients";
import { httpRequest } from "./http";
import { median } from "./load";
import { mailOutbox } from "./servers";

export interface SubscribeFigures {
  rounds: number;
  /** Median milliseconds to the answer, for active subscribers' addresses and new ones. */
  activeMs: number;
  newMs: number;
  /** Distinct (status, body) answers seen: 1 when nothing tells the two kinds apart. */
  distinctAnswers: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function activeAddresses(database: string, count: number): string[] {
  const db = new Database(database, { readonly: true });
  try {
    const rows = db.prepare(`SELECT "email" FROM "Subscriber" WHERE "status" = 'active' LIMIT ?`).all(count) as { email: string }[];
    if (rows.length < count) throw new Error(`the database has ${rows.length} active subscribers, ${count} needed`);
    return rows.map((row) => row.email);
  } finally {
    db.close();
  }
}

function filesIn(folder: string): number {
  try {
    return readdirSync(folder).length;
  } catch {
    return 0; // not made until the first message
  }
}

/** Waits until `folder` holds more than `before` files: the confirmation email was written. */
async function mailWritten(folder: string, before: number): Promise<void> {
  for (let waited = 0; filesIn(folder) <= before; waited += 20) {
    if (waited > 10_000) throw new Error(`no confirmation email appeared in ${folder} within 10 s`);
    await pause(20);
  }
}

/** `rounds` pairs of subscribe requests to the bench's app at `appUrl` on the SQLite `database`. */
export async function measureSubscribeTiming(appUrl: string, database: string, rounds: number): Promise<SubscribeFigures> {
  const outbox = mailOutbox(database);
  const active = activeAddresses(database, rounds);
  const run = Date.now().toString(36);
  const answers = new Set<string>();
  const timed = async (email: string) => {
    const started = performance.now();
    const answer = await httpRequest(`${appUrl}/api/subscribe`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": nextClientAddress() },
      body: JSON.stringify({ email }),
    });
    const ms = performance.now() - started;
    if (answer.status !== 202) throw new Error(`subscribing ${email} answered ${answer.status}: ${answer.body.toString().slice(0, 200)}`);
    answers.add(`${answer.status} ${answer.body.toString()}`);
    return ms;
  };
  const times = { active: [] as number[], fresh: [] as number[] };
  for (let i = 0; i < rounds; i += 1) {
    times.active.push(await timed(active[i]));
    // An active address's after-answer work (a write that changes nothing) leaves no trace to wait for.
    await pause(300);
    const before = filesIn(outbox);
    times.fresh.push(await timed(`bench-${run}-${i}@example.com`));
    await mailWritten(outbox, before);
    await pause(100);
  }
  return { rounds, activeMs: median(times.active), newMs: median(times.fresh), distinctAnswers: answers.size };
}
