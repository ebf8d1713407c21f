// Which papers the public sees: every paper an admin has not hidden. Each query that lists,
// counts or serves papers to the public filters with one of these, so a new listing has one
// thing to add. The search index needs neither: hidden papers leave it (migration
// 20261128071000_paper_moderation). See docs/decisions/0016-hidden-papers.md.
import { Prisma } from "../generated/prisma/client";

/** Prisma's `where` for the papers the public sees. */
export const VISIBLE = { hiddenAt: null } as const;

/** The same in raw SQL, for the Paper table or an alias of it (`visibleSql("p")`). */
export function visibleSql(alias?: string): Prisma.Sql {
  return alias ? Prisma.raw(`"${alias}"."hiddenAt" IS NULL`) : Prisma.raw(`"hiddenAt" IS NULL`);
}
