// Bulk rows for the benchmark database, written with better-sqlite3 in the exact formats that
// Prisma's better-sqlite3 adapter writes and reads back, so the app sees them as its own rows.
import type Database from "better-sqlite3";
import { shiftDay, type Day } from "../../lib/papers/dates";
import { authorNames, intBetween, organizations, paperAbstract, paperTitle, pick, uuid, zipfShares, type Rng } from "./synthetic";

/**
 * A DateTime as Prisma 6.19's better-sqlite3 adapter stores it: ISO text with "+00:00"
 * ("2026-01-02T03:04:05.678+00:00"). Numbers or a "Z" suffix would compare wrongly in its
 * range queries (trending's `createdAt >= since`), as text is what it compares against.
 */
export function storedDateTime(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

const HOUR_MS = 3_600_000;
const CHUNK_PAPERS = 5_000;
const CHUNK_SUBSCRIBERS = 20_000;

const thousands = (n: number) => n.toLocaleString("en-US");

function progress(log: (line: string) => void, started: number): (what: string) => void {
  return (what) => log(`data: ${what} · ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

interface PapersInput {
  rng: Rng;
  days: { day: Day; papers: number }[];
  votes: number;
  /** Votes are cast before this instant (ms). */
  until: number;
  log: (line: string) => void;
}

/** When a vote on a paper of the day starting at `dayStart` was cast: mostly in its first days. */
function voteTime(rng: Rng, dayStart: number, until: number): number {
  const span = until - dayStart;
  // 5% are late discoveries anywhere since the feed day; the rest decay with a 36-hour mean.
  let offset = rng() < 0.05 ? rng() * span : -Math.log(1 - rng()) * 36 * HOUR_MS;
  if (offset >= span) offset = rng() * span;
  return dayStart + Math.floor(offset);
}

export function insertPapersAndVotes(db: Database.Database, { rng, days, votes, until, log }: PapersInput): void {
  const started = Date.now();
  const report = progress(log, started);
  const totalPapers = days.reduce((sum, day) => sum + day.papers, 0);
  const orgs = organizations(rng, Math.min(300, Math.ceil(totalPapers / 50)));
  const insertOrg = db.prepare("INSERT INTO Organization (slug, name) VALUES (?, ?)");
  db.transaction(() => orgs.forEach((org) => insertOrg.run(org.slug, org.name)))();

  // A voter never votes twice on one paper: each paper's voters are consecutive pool entries.
  const voters = Array.from({ length: Math.max(1_000, Math.ceil(votes / 5)) }, () => uuid(rng));
  const shares = zipfShares(rng, totalPapers, votes, voters.length);
  const importedBefore = shiftDay(days[days.length - 1].day, -730);

  const insertPaper = db.prepare(
    `INSERT INTO Paper (id, title, abstract, authors, authorCount, organizationSlug, publishedOn, feedDate,
       importedUpvotes, upvotes, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVote = db.prepare("INSERT INTO Upvote (paperId, voterId, createdAt) VALUES (?, ?, ?)");
  const perMonth = new Map<string, number>();
  let paperIndex = 0;
  let votesDone = 0;

  function insertPaperWithVotes(day: Day, dayStart: number): void {
    const month = `${day.slice(2, 4)}${day.slice(5, 7)}`;
    const sequence = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, sequence);
    const id = `${month}.${String(sequence).padStart(5, "0")}`;
    const title = paperTitle(rng);
    const authors = authorNames(rng);
    // Papers from the first years carry upvotes from an import, as the seed papers do.
    const imported = day < importedBefore && rng() < 0.3 ? Math.floor(-Math.log(1 - rng()) * 20) : 0;
    const share = shares[paperIndex++];
    const created = storedDateTime(dayStart + Math.floor(rng() * 6 * HOUR_MS));
    insertPaper.run(
      id,
      title,
      paperAbstract(rng, title),
      JSON.stringify(authors),
      authors.length,
      rng() < 0.7 ? orgs[Math.floor(orgs.length * rng() ** 2)].slug : null,
      rng() < 0.97 ? shiftDay(day, -intBetween(rng, 0, 14)) : null,
      day,
      imported,
      // The votes below add to it, one each (the Upvote triggers).
      imported,
      created,
      created,
    );
    const first = Math.floor(rng() * voters.length);
    for (let i = 0; i < share; i++) {
      insertVote.run(id, voters[(first + i) % voters.length], storedDateTime(voteTime(rng, dayStart, until)));
    }
    votesDone += share;
  }

  let dayIndex = 0;
  while (dayIndex < days.length) {
    db.transaction(() => {
      const chunkEnd = paperIndex + CHUNK_PAPERS;
      while (dayIndex < days.length && paperIndex < chunkEnd) {
        const { day, papers } = days[dayIndex++];
        const dayStart = Date.parse(`${day}T00:00:00Z`);
        for (let i = 0; i < papers; i++) insertPaperWithVotes(day, dayStart);
      }
    })();
    report(`papers ${thousands(paperIndex)}/${thousands(totalPapers)}, upvotes ${thousands(votesDone)}/${thousands(votes)}`);
  }
}

const EMAIL_DOMAINS = ["example.org", "example.com", "example.net", "uni.example.edu", "lab.example.ai"];

// Words of the synthetic titles and abstracts (scripts/bench/synthetic.ts), as readers would follow or mute them.
const TOPIC_KEYWORDS = [
  '"video generation"',
  '"speech recognition"',
  '"speculative decoding"',
  '"mixture of experts"',
  "agents",
  "diffusion*",
  '"theorem proving"',
  "quantized",
  '"reinforcement learning"',
  "multimodal",
];
const MUTED_KEYWORDS = ["benchmark", "agents", '"weather prediction"', "tokenization"];

/**
 * Time zones and the hours readers there pick, each hour already past at DIGEST_BENCH_HOUR UTC (in
 * summer and winter time), so that one run sends to every reader: New York 07:00 or 08:00 local,
 * São Paulo 09:00, Berlin 13:00 or 14:00, Kolkata 17:30, Tokyo 21:00.
 */
const ZONES: [string, number[]][] = [
  ["Europe/Berlin", [7, 8, 9]],
  ["America/New_York", [6, 7]],
  ["America/Sao_Paulo", [7, 8]],
  ["Asia/Kolkata", [7, 8, 9]],
  ["Asia/Tokyo", [7, 8]],
];
/** The hour (UTC) of the day after the last feed day at which the bench's digest runs. */
export const DIGEST_BENCH_HOUR = 12;

/** A reader's preferences: most keep the defaults (07:00 UTC, 10 papers, no topics, never twice). */
function preferencesOf(rng: Rng): [string, number, number, string, string, number] {
  const [timeZone, hours] = rng() < 0.7 ? ["UTC", [7]] : pick(rng, ZONES);
  const size = rng() < 0.8 ? 10 : pick(rng, [5, 20]);
  const keywords = rng() < 0.15 ? [pick(rng, TOPIC_KEYWORDS), ...(rng() < 0.3 ? [pick(rng, TOPIC_KEYWORDS)] : [])] : [];
  const mutes = rng() < 0.08 ? [pick(rng, MUTED_KEYWORDS)] : [];
  const topics = JSON.stringify({ keywords: [...new Set(keywords)], categories: [], organizations: [], authors: [] });
  return [timeZone, pick(rng, hours), size, topics, JSON.stringify(mutes), rng() < 0.9 ? 1 : 0];
}

/** Active (confirmed) subscribers, about 70% daily and 30% weekly, with varied preferences (preferencesOf). */
export function insertSubscribers(
  db: Database.Database,
  { rng, count, until, log }: { rng: Rng; count: number; until: number; log: (line: string) => void },
): void {
  const report = progress(log, Date.now());
  const insert = db.prepare(
    `INSERT INTO Subscriber (id, email, frequency, status, confirmationSentAt, confirmedAt, createdAt, updatedAt,
       timeZone, sendHour, digestSize, topics, mutes, neverRepeat)
     VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const threeYears = 3 * 365 * 24 * HOUR_MS;
  for (let start = 0; start < count; start += CHUNK_SUBSCRIBERS) {
    db.transaction(() => {
      for (let n = start; n < Math.min(count, start + CHUNK_SUBSCRIBERS); n++) {
        const id = `c${Math.floor(rng() * 2 ** 52).toString(36).padStart(11, "0")}${n.toString(36).padStart(6, "0")}`;
        const email = `reader${n}.${Math.floor(rng() * 1e6)}@${pick(rng, EMAIL_DOMAINS)}`;
        const signedUp = until - Math.floor(rng() * threeYears);
        const confirmed = storedDateTime(signedUp + Math.floor(rng() * HOUR_MS));
        const frequency = rng() < 0.7 ? "daily" : "weekly";
        insert.run(id, email, frequency, storedDateTime(signedUp), confirmed, storedDateTime(signedUp), confirmed, ...preferencesOf(rng));
      }
    })();
    report(`subscribers ${thousands(Math.min(count, start + CHUNK_SUBSCRIBERS))}/${thousands(count)}`);
  }
}
