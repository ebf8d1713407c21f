// Writes incoming papers: idempotent upserts in batches, one transaction per batch, so that each
// paper is written whole or not at all and a rerun adds nothing twice.
//   new        → added (or merged into the seed paper of the same title, see below)
//   different  → updated (a new arXiv version brings a new title and abstract; Hugging Face
//                refreshes its upvote and comment counts)
//   the same   → unchanged
// Votes are never touched: the count is always recomputed as importedUpvotes + vote rows.
//
// A seed paper (source seed, a title slug as id) whose title equals an incoming arXiv paper's,
// ignoring case and punctuation, is the same paper: it becomes one record under the arXiv id,
// keeping its votes, and its old id becomes a PaperAlias that the paper page redirects.
//
// No "server-only": `npm run import` (scripts/import.ts) runs this outside Next.
import { db, dialect } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { PaperSource } from "../generated/prisma/enums";
import { toDay, type Day } from "../papers/dates";
import { slugifyTitle } from "../papers/paper-id";
import type { IncomingPaper } from "./types";

export interface WriteCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface WriteResult extends WriteCounts {
  /** Feed days whose pages show something new. */
  days: Set<Day>;
  /** Seed ids merged into arXiv records: old id → arXiv id. */
  merged: Map<string, string>;
}

export interface WriteOptions {
  /** The feed day of new papers whose source gives none (arXiv by id): usually today. */
  feedDate: Day;
  /** At most 300. */
  batchSize?: number;
  /** Set on the papers this write adds: someone submitted them on the site (lib/submissions). */
  submission?: { submittedBy: string | null; submitterId: string | null; submittedAt: Date };
  onBatch?: (done: number, total: number, counts: WriteCounts) => void;
}

const storedSelect = {
  id: true,
  title: true,
  abstract: true,
  authors: true,
  authorCount: true,
  affiliations: true,
  organizationSlug: true,
  publishedOn: true,
  feedDate: true,
  importedUpvotes: true,
  source: true,
  primaryCategory: true,
  categories: true,
  publishedAt: true,
  revisedAt: true,
  version: true,
  doi: true,
  journalRef: true,
  comment: true,
  githubRepo: true,
  githubStars: true,
  projectPage: true,
  thumbnailUrl: true,
  importedComments: true,
  aiSummary: true,
  aiKeywords: true,
  // What the site itself added to a seed paper, which its merge into the arXiv record keeps.
  hiddenAt: true,
  localComments: true,
} satisfies Prisma.PaperSelect;

type Stored = Prisma.PaperGetPayload<{ select: typeof storedSelect }>;
type Fields = Partial<Omit<Prisma.PaperUncheckedCreateInput, "id">>;

/** Letters and digits only, lower-cased: "GPT-4o: A Study" and "gpt 4o — a study" are one title. */
export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** The columns this paper's source speaks for; fields it does not know stay as stored. */
function fieldsOf(paper: IncomingPaper, stored: Stored | null): Fields {
  // Hugging Face copies arXiv's text, sometimes a version behind: once arXiv has spoken, its text wins.
  const textFromArxiv = paper.source === "hf" && stored?.version != null;
  const fields: Fields = {
    ...(!textFromArxiv && {
      title: paper.title,
      abstract: paper.abstract,
      authors: paper.authors,
      authorCount: paper.authors.length || null,
      ...(paper.publishedAt && { publishedAt: paper.publishedAt, publishedOn: toDay(paper.publishedAt) }),
    }),
    ...(paper.affiliations !== undefined && { affiliations: paper.affiliations }),
    ...(paper.revisedAt !== undefined && { revisedAt: paper.revisedAt }),
    ...(paper.version !== undefined && { version: paper.version }),
    ...(paper.primaryCategory !== undefined && { primaryCategory: paper.primaryCategory }),
    ...(paper.categories !== undefined && { categories: paper.categories }),
    ...(paper.doi !== undefined && { doi: paper.doi }),
    ...(paper.journalRef !== undefined && { journalRef: paper.journalRef }),
    ...(paper.comment !== undefined && { comment: paper.comment }),
    ...(paper.importedUpvotes !== undefined && { importedUpvotes: paper.importedUpvotes }),
    ...(paper.importedComments !== undefined && { importedComments: paper.importedComments }),
    ...(paper.githubRepo !== undefined && { githubRepo: paper.githubRepo }),
    ...(paper.githubStars !== undefined && { githubStars: paper.githubStars }),
    ...(paper.projectPage !== undefined && { projectPage: paper.projectPage }),
    ...(paper.thumbnailUrl !== undefined && { thumbnailUrl: paper.thumbnailUrl }),
    ...(paper.aiSummary !== undefined && { aiSummary: paper.aiSummary }),
    ...(paper.aiKeywords !== undefined && { aiKeywords: paper.aiKeywords }),
    // A source without an organization for the paper does not take away the one it has.
    ...(paper.organization && { organizationSlug: paper.organization.slug }),
    // Hugging Face's feed is the feed: its day wins. arXiv has no feed, so it never moves a paper.
    ...(paper.source === "hf" && paper.feedDate && { feedDate: paper.feedDate }),
  };
  return fields;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a === "object" || typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** The fields that differ from what is stored; empty when the paper is unchanged. */
function changes(fields: Fields, stored: Stored): Partial<Fields> {
  return Object.fromEntries(Object.entries(fields).filter(([key, value]) => !same(value, stored[key as keyof Stored])));
}

/** A newer version already stored means this answer is stale (an old cached copy upstream). */
function isStale(paper: IncomingPaper, stored: Stored): boolean {
  return paper.version != null && stored.version != null && paper.version < stored.version;
}

type Tx = Prisma.TransactionClient;

/**
 * Imports one at a time, each reading the newest data. SQLite: the adapter opens transactions with
 * a deferred BEGIN, and in WAL mode a transaction that reads first and then writes fails at once
 * (SQLITE_BUSY_SNAPSHOT) if another process, such as the app casting a vote, wrote in between; a
 * write as the first statement takes the lock up front, waiting the busy timeout for it.
 * PostgreSQL lets votes go on beside an import: a lock of the imports' own (held to the
 * transaction's end) makes a second import, on this instance or another, wait for the first
 * rather than both find a paper missing and both create it.
 */
function takeWriteLock(tx: Tx) {
  return {
    sqlite: () => tx.$executeRaw`UPDATE "ImportRun" SET "id" = "id" WHERE 0`,
    postgresql: () => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('daily-papers:import'))`,
  }[dialect()]();
}

async function seedTwins(tx: Tx, papers: IncomingPaper[]): Promise<Map<string, Stored>> {
  // Seed ids are title slugs with -2, -3 for repeats, so the candidates are found by id, not by scanning.
  const candidates = papers.flatMap((paper) => {
    const slug = slugifyTitle(paper.title);
    return [slug, `${slug}-2`, `${slug}-3`];
  });
  if (candidates.length === 0) return new Map();
  const seeds = await tx.paper.findMany({
    where: { id: { in: candidates }, source: PaperSource.seed },
    select: storedSelect,
  });
  const byKey = new Map(seeds.map((seed) => [titleKey(seed.title), seed]));
  return new Map(
    papers.flatMap((paper) => {
      const seed = byKey.get(titleKey(paper.title));
      return seed ? [[paper.id, seed]] : [];
    }),
  );
}

function recount(tx: Tx, paperId: string) {
  return tx.$executeRaw`UPDATE "Paper"
    SET "upvotes" = "importedUpvotes" + (SELECT COUNT(*) FROM "Upvote" WHERE "paperId" = ${paperId})
    WHERE "id" = ${paperId}`;
}

async function upsertOrganizations(tx: Tx, papers: IncomingPaper[]): Promise<void> {
  const organizations = new Map(
    papers.flatMap((paper) => (paper.organization ? [[paper.organization.slug, paper.organization]] : [])),
  );
  for (const { slug, name, avatarUrl } of organizations.values()) {
    await tx.organization.upsert({
      where: { slug },
      create: { slug, name, avatarUrl },
      update: { name, ...(avatarUrl && { avatarUrl }) },
    });
  }
}

/**
 * Moves what the site holds of the seed paper (votes, addresses, comments, saves, collection places,
 * an admin's hiding) to the new arXiv record, then removes the seed record.
 */
async function mergeSeed(tx: Tx, seed: Stored, paper: IncomingPaper, fields: Fields): Promise<void> {
  await tx.paper.create({
    data: {
      ...fields,
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      source: paper.source,
      feedDate: fields.feedDate ?? seed.feedDate,
      organizationSlug: fields.organizationSlug ?? seed.organizationSlug,
      importedUpvotes: fields.importedUpvotes ?? seed.importedUpvotes,
      hiddenAt: seed.hiddenAt,
      localComments: seed.localComments,
    },
  });
  const move = { where: { paperId: seed.id }, data: { paperId: paper.id } };
  await tx.upvote.updateMany(move);
  await tx.comment.updateMany(move);
  await tx.savedPaper.updateMany(move);
  await tx.collectionPaper.updateMany(move);
  await tx.paperAlias.updateMany(move);
  await tx.paperAlias.create({ data: { id: seed.id, paperId: paper.id } });
  await tx.paper.delete({ where: { id: seed.id } });
  await recount(tx, paper.id);
}

export async function writePapers(papers: IncomingPaper[], options: WriteOptions): Promise<WriteResult> {
  // 200 papers a batch: the seed lookup binds three ids a paper, within SQLite's 999 parameters.
  const { feedDate, batchSize = 200, onBatch, submission } = options;
  const result: WriteResult = { added: 0, updated: 0, unchanged: 0, days: new Set(), merged: new Map() };
  for (let start = 0; start < papers.length; start += batchSize) {
    const batch = papers.slice(start, start + batchSize);
    const counts: WriteCounts = { added: 0, updated: 0, unchanged: 0 };
    const days = new Set<Day>();
    const merged = new Map<string, string>();

    // Reading inside the transaction that writes: two imports at once cannot both insert a paper.
    await db.$transaction(async (tx) => {
      await takeWriteLock(tx);
      const storedRows = await tx.paper.findMany({
        where: { id: { in: batch.map((paper) => paper.id) } },
        select: storedSelect,
      });
      const stored = new Map(storedRows.map((row) => [row.id, row]));
      const twins = await seedTwins(
        tx,
        batch.filter((paper) => !stored.has(paper.id)),
      );
      const fresh: Prisma.PaperCreateManyInput[] = [];
      await upsertOrganizations(tx, batch);
      for (const paper of batch) {
        const existing = stored.get(paper.id);
        const fields = fieldsOf(paper, existing ?? null);
        if (existing) {
          const changed = isStale(paper, existing) ? {} : changes(fields, existing);
          if (Object.keys(changed).length === 0) {
            counts.unchanged += 1;
            continue;
          }
          // A record only ever moves up: from the seed to a real source.
          await tx.paper.update({
            where: { id: paper.id },
            data: { ...changed, ...(existing.source === PaperSource.seed && { source: paper.source }) },
          });
          if ("importedUpvotes" in changed) await recount(tx, paper.id);
          counts.updated += 1;
          days.add(existing.feedDate);
          if (changed.feedDate) days.add(changed.feedDate);
          continue;
        }
        const seed = twins.get(paper.id);
        // Two incoming papers with one title: the first takes the seed record over, the second is a paper of its own.
        if (seed && !merged.has(seed.id)) {
          await mergeSeed(tx, seed, paper, fields);
          merged.set(seed.id, paper.id);
          counts.updated += 1;
          days.add(seed.feedDate);
          days.add(fields.feedDate ?? seed.feedDate);
          continue;
        }
        const day = fields.feedDate ?? paper.feedDate ?? feedDate;
        const imported = fields.importedUpvotes ?? 0;
        fresh.push({
          ...fields,
          id: paper.id,
          title: paper.title,
          abstract: paper.abstract,
          source: paper.source,
          feedDate: day,
          importedUpvotes: imported,
          upvotes: imported,
          ...(submission && { source: PaperSource.submission, ...submission }),
        });
        days.add(day);
      }
      // One statement for the batch's new papers: much faster than one insert each.
      counts.added += (await tx.paper.createMany({ data: fresh })).count;
    });

    result.added += counts.added;
    result.updated += counts.updated;
    result.unchanged += counts.unchanged;
    for (const day of days) result.days.add(day);
    for (const [from, to] of merged) result.merged.set(from, to);
    onBatch?.(Math.min(start + batchSize, papers.length), papers.length, counts);
  }
  return result;
}
