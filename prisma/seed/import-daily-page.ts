// Writes a parsed Daily Papers page into the database. Idempotent: a paper whose id is already
// stored is left as it is (with its votes), so running the import twice changes nothing.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { slugifyTitle } from "../../lib/papers/paper-id";
import type { ParsedPage } from "./parse-daily-page";

export interface ImportSummary {
  feedDate: string;
  total: number;
  created: number;
  existing: number;
  incomplete: string[];
}

/** Slugs of the titles, made unique within the page by a numeric suffix. */
function assignIds(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const base = slugifyTitle(title);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

export async function importDailyPage(db: PrismaClient, page: ParsedPage): Promise<ImportSummary> {
  const ids = assignIds(page.papers.map((paper) => paper.title));
  return db.$transaction(async (tx) => {
    const stored = await tx.paper.findMany({ where: { id: { in: ids } }, select: { id: true } });
    // A seed paper merged into its arXiv record lives on as an alias; seeding again must not bring it back.
    const merged = await tx.paperAlias.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const existing = new Set([...stored, ...merged].map((paper) => paper.id));

    const organizations = new Map(
      page.papers.flatMap((paper) => (paper.organization ? [[paper.organization.slug, paper.organization]] : [])),
    );
    for (const organization of organizations.values()) {
      await tx.organization.upsert({ where: { slug: organization.slug }, create: organization, update: {} });
    }

    const fresh = page.papers
      .map((paper, index) => ({ paper, id: ids[index] }))
      .filter(({ id }) => !existing.has(id));
    await tx.paper.createMany({
      data: fresh.map(({ paper, id }) => ({
        id,
        title: paper.title,
        abstract: paper.abstract,
        authorCount: paper.authorCount,
        organizationSlug: paper.organization?.slug ?? null,
        publishedOn: paper.publishedOn,
        feedDate: page.feedDate,
        importedUpvotes: paper.upvotes,
        upvotes: paper.upvotes,
      })),
    });

    return {
      feedDate: page.feedDate,
      total: page.papers.length,
      created: fresh.length,
      existing: existing.size,
      incomplete: page.incomplete,
    };
  });
}
