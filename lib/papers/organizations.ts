// An organization's page: who it is and its papers, newest first.
import "server-only";
import { db } from "../db/client";
import { paperSummarySelect, toSummary, type PaperSummary } from "./queries";
import { VISIBLE } from "./visibility";

/** Slugs as Hugging Face has them: letters, digits, dots, dashes and underscores. */
export const ORGANIZATION_SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;

export interface Organization {
  slug: string;
  name: string;
  paperCount: number;
}

/**
 * The organization whose slug is `slug`, or, since people type slugs in any case (AGI-LAB-HF,
 * JetBrains), the one whose slug equals it ignoring case; null when there is none.
 */
export async function findOrganization(slug: string): Promise<Organization | null> {
  if (!ORGANIZATION_SLUG.test(slug)) return null;
  const select = { slug: true, name: true, _count: { select: { papers: { where: VISIBLE } } } } as const;
  let row = await db.organization.findUnique({ where: { slug }, select });
  if (!row) {
    // lower() folds ASCII on SQLite and everything on PostgreSQL; slugs are ASCII (ORGANIZATION_SLUG).
    const [match] = await db.$queryRaw<{ slug: string }[]>`
      SELECT "slug" FROM "Organization" WHERE lower("slug") = lower(${slug}) ORDER BY "slug" LIMIT 1`;
    row = match ? await db.organization.findUnique({ where: { slug: match.slug }, select }) : null;
  }
  return row && { slug: row.slug, name: row.name, paperCount: row._count.papers };
}

/** Newest first: by publication date (unknown ones last), then the feed day, then the id. */
export async function organizationPapers(
  slug: string,
  page: { limit: number; offset: number },
): Promise<PaperSummary[]> {
  const rows = await db.paper.findMany({
    where: { ...VISIBLE, organizationSlug: slug },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { feedDate: "desc" }, { id: "asc" }],
    select: paperSummarySelect,
    take: page.limit,
    skip: page.offset,
  });
  return rows.map(toSummary);
}
