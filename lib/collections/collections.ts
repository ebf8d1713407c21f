// Members' collections: named lists of papers, private unless their owner makes them public. Every
// write names the owner, so a collection of someone else's is `not_found`, never theirs to change.
import "server-only";
import type { z } from "zod";
import { db } from "../db/client";
import { fail, ok, type Outcome } from "../http/outcome";
import { lookupPaper } from "../papers/detail";
import { parseArxivReference } from "../papers/arxiv-reference";
import { paperSummarySelect, toSummary, type PaperSummary } from "../papers/queries";
import { VISIBLE } from "../papers/visibility";
import {
  MAX_COLLECTION_PAPERS,
  MAX_COLLECTIONS,
  type collectionAnswer,
  type createCollectionInput,
  type updateCollectionInput,
} from "./schema";

export type CollectionAnswer = z.infer<typeof collectionAnswer>;

const NOT_YOURS = "You have no collection with this id.";

const answerSelect = {
  id: true,
  name: true,
  isPublic: true,
  papers: { orderBy: { addedAt: "desc" }, select: { paperId: true } },
} as const;

function toAnswer(row: {
  id: string;
  name: string;
  isPublic: boolean;
  papers: { paperId: string }[];
}): CollectionAnswer {
  return { id: row.id, name: row.name, public: row.isPublic, papers: row.papers.map((paper) => paper.paperId) };
}

export async function createCollection(
  ownerId: string,
  input: z.infer<typeof createCollectionInput>,
): Promise<Outcome<CollectionAnswer>> {
  const count = await db.collection.count({ where: { ownerId } });
  if (count >= MAX_COLLECTIONS)
    return fail(
      "forbidden",
      `You have ${MAX_COLLECTIONS} collections, the most one member may keep. Delete one first.`,
    );
  const row = await db.collection.create({
    data: { ownerId, name: input.name, isPublic: input.public ?? false },
    select: answerSelect,
  });
  return ok(toAnswer(row));
}

export async function updateCollection(
  ownerId: string,
  id: string,
  input: z.infer<typeof updateCollectionInput>,
): Promise<Outcome<CollectionAnswer>> {
  const { count } = await db.collection.updateMany({
    where: { id, ownerId },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.public !== undefined && { isPublic: input.public }),
    },
  });
  if (count === 0) return fail("not_found", NOT_YOURS);
  return ok(toAnswer(await db.collection.findUniqueOrThrow({ where: { id }, select: answerSelect })));
}

export async function deleteCollection(ownerId: string, id: string): Promise<Outcome<void>> {
  const { count } = await db.collection.deleteMany({ where: { id, ownerId } });
  return count > 0 ? ok() : fail("not_found", NOT_YOURS);
}

/** The paper's id here from what a member typed: an id, or an arXiv address of a paper here. */
export async function paperHere(reference: string): Promise<string | null> {
  const candidates = [reference.trim(), parseArxivReference(reference)].filter((id): id is string => !!id);
  for (const candidate of candidates) {
    const found = await lookupPaper(candidate);
    if (found.kind === "found") return found.paper.id;
    if (found.kind === "moved") return found.id;
  }
  return null;
}

/** Adds or removes one paper; adding one already there, or removing one absent, changes nothing. */
export async function setCollectionPaper(
  ownerId: string,
  id: string,
  input: { paper_id: string; action: "add" | "remove" },
): Promise<Outcome<CollectionAnswer>> {
  const collection = await db.collection.findFirst({
    where: { id, ownerId },
    select: { _count: { select: { papers: true } } },
  });
  if (!collection) return fail("not_found", NOT_YOURS);
  const paperId = await paperHere(input.paper_id);
  if (!paperId) return fail("invalid", `There is no paper "${input.paper_id.slice(0, 100)}" here.`);
  if (input.action === "remove") {
    await db.collectionPaper.deleteMany({ where: { collectionId: id, paperId } });
  } else {
    if (collection._count.papers >= MAX_COLLECTION_PAPERS)
      return fail("forbidden", `A collection holds at most ${MAX_COLLECTION_PAPERS} papers.`);
    await db.collectionPaper.upsert({
      where: { collectionId_paperId: { collectionId: id, paperId } },
      create: { collectionId: id, paperId },
      update: {},
    });
  }
  await db.collection.update({ where: { id }, data: { updatedAt: new Date() }, select: { id: true } });
  return ok(toAnswer(await db.collection.findUniqueOrThrow({ where: { id }, select: answerSelect })));
}

export interface CollectionWithPapers {
  id: string;
  name: string;
  isPublic: boolean;
  updatedAt: Date;
  owner: { handle: string; name: string };
  papers: PaperSummary[];
}

const withPapersSelect = {
  id: true,
  name: true,
  isPublic: true,
  updatedAt: true,
  owner: { select: { handle: true, name: true } },
  // A hidden paper leaves collections too, its owner's view included, as it leaves every list.
  papers: {
    where: { paper: VISIBLE },
    orderBy: { addedAt: "desc" },
    select: { paper: { select: paperSummarySelect } },
  },
} as const;

type WithPapersRow = Omit<CollectionWithPapers, "papers"> & {
  papers: { paper: Parameters<typeof toSummary>[0] }[];
};

function withPapers(row: WithPapersRow): CollectionWithPapers {
  return { ...row, papers: row.papers.map((entry) => toSummary(entry.paper)) };
}

/** A public collection, for its page, feed and BibTeX; null when there is none or it is private. */
export async function publicCollection(id: string): Promise<CollectionWithPapers | null> {
  const row = await db.collection.findFirst({ where: { id, isPublic: true }, select: withPapersSelect });
  return row && withPapers(row);
}

/** The member's own collections, with their papers, for the account page and the export. */
export async function memberCollections(ownerId: string): Promise<CollectionWithPapers[]> {
  const rows = await db.collection.findMany({
    where: { ownerId },
    orderBy: { createdAt: "asc" },
    select: withPapersSelect,
  });
  return rows.map(withPapers);
}

/** A member's public collections and how many papers each holds, for their public page. */
export function publicCollectionsOf(ownerId: string) {
  return db.collection.findMany({
    where: { ownerId, isPublic: true },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, _count: { select: { papers: { where: { paper: VISIBLE } } } } },
  });
}
