// Test data with sensible defaults; each call makes a distinct paper unless told otherwise.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;

/** The metadata the sources add, as stored. */
type PaperMetadata = Pick<
  Prisma.PaperUncheckedCreateInput,
  | "source"
  | "primaryCategory"
  | "categories"
  | "publishedAt"
  | "revisedAt"
  | "version"
  | "doi"
  | "journalRef"
  | "comment"
  | "githubRepo"
  | "githubStars"
  | "projectPage"
  | "thumbnailUrl"
  | "importedComments"
  | "aiSummary"
  | "aiKeywords"
  | "submittedBy"
  | "submittedAt"
>;

export interface PaperInput extends PaperMetadata {
  id?: string;
  title?: string;
  abstract?: string;
  authors?: string[];
  authorCount?: number | null;
  organization?: { slug: string; name: string } | null;
  publishedOn?: string | null;
  feedDate?: string;
  upvotes?: number;
}

export async function createPaper(input: PaperInput = {}) {
  sequence += 1;
  const { organization, upvotes = 0, ...rest } = input;
  if (organization) {
    await db.organization.upsert({ where: { slug: organization.slug }, create: organization, update: {} });
  }
  return db.paper.create({
    data: {
      id: `test-paper-${sequence}`,
      title: `Test paper ${sequence}`,
      abstract: `Abstract of test paper ${sequence}.`,
      authorCount: 3,
      publishedOn: "2026-06-01",
      feedDate: "2026-06-22",
      ...rest,
      organizationSlug: organization?.slug ?? null,
      importedUpvotes: upvotes,
      upvotes,
    },
  });
}
