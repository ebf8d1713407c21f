// Test data with sensible defaults; each call makes a distinct paper unless told otherwise.
import { db } from "@/lib/db/client";

let sequence = 0;

export interface PaperInput {
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

let memberSequence = 0;

/** A member as the session gives it, stored with its own address and handle. */
export async function createMember(input: { isAdmin?: boolean; email?: string } = {}) {
  memberSequence += 1;
  const email = input.email ?? `member-${memberSequence}@example.org`;
  const user = await db.user.create({
    data: { id: `member-${memberSequence}`, name: "", email, emailVerified: true, handle: `member-${memberSequence}` },
  });
  return { id: user.id, email, name: "", handle: user.handle, isAdmin: input.isAdmin ?? false };
}
