// Hiding, restoring and editing a paper. Each write and its audit entry are one transaction; then
// the cached pages that showed the paper are rendered afresh, so a hidden paper's page becomes a
// 404 and its feeds drop it on their next request.
import "server-only";
import { db } from "../db/client";
import { fail, ok, type Outcome } from "../http/outcome";
import type { Member } from "../members/session";
import { dropCachedAnswers } from "../papers/answer-cache";
import { stringsOf } from "../papers/queries";
import { revalidateOrganizationPages, revalidatePaperPages } from "../papers/revalidation";
import { AuditAction, auditEntry } from "./audit";
import type { EditPaperInput } from "./schema";

const NO_PAPER = (id: string) => fail("not_found", `There is no paper with the id "${id}".`);

/** Every public view of the paper (its page, feeds, organization, cached answers) recomputed. */
function refresh(paper: { id: string; feedDate: string }, organizations: (string | null)[]): void {
  dropCachedAnswers();
  revalidatePaperPages(paper.id, paper.feedDate);
  revalidateOrganizationPages(organizations.filter((slug): slug is string => slug !== null));
}

/** Hides the paper from everyone but admins, or restores it; doing it twice is the same as once. */
export async function setPaperHidden(admin: Member, id: string, hidden: boolean): Promise<Outcome<void>> {
  const paper = await db.paper.findUnique({
    where: { id },
    select: { id: true, feedDate: true, hiddenAt: true, organizationSlug: true },
  });
  if (!paper) return NO_PAPER(id);
  if (Boolean(paper.hiddenAt) === hidden) return ok();
  await db.$transaction([
    db.paper.update({ where: { id }, data: { hiddenAt: hidden ? new Date() : null } }),
    auditEntry(admin.id, hidden ? AuditAction.paperHide : AuditAction.paperRestore, id),
  ]);
  refresh(paper, [paper.organizationSlug]);
  return ok();
}

type Change = { before: unknown; after: unknown };

/** The fields the edit changes, each with its value before and after. */
function changesOf(before: EditPaperInput, after: EditPaperInput): Record<string, Change> {
  const changes: Record<string, Change> = {};
  for (const field of ["title", "abstract", "authors", "organization"] as const) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = { before: before[field], after: after[field] };
    }
  }
  return changes;
}

export type EditOutcome = Outcome<{ changed: string[] }>;

/**
 * Writes the admin's title, abstract, authors and organization; the search index follows by the
 * triggers of 20261126010000_search. The audit entry holds each changed field before and after.
 */
export async function editPaper(admin: Member, id: string, input: EditPaperInput): Promise<EditOutcome> {
  const paper = await db.paper.findUnique({
    where: { id },
    select: { id: true, feedDate: true, title: true, abstract: true, authors: true, organizationSlug: true },
  });
  if (!paper) return NO_PAPER(id);
  if (input.organization && !(await db.organization.findUnique({ where: { slug: input.organization } }))) {
    return fail("invalid", `there is no organization "${input.organization}"`);
  }
  const before = {
    title: paper.title,
    abstract: paper.abstract,
    authors: stringsOf(paper.authors),
    organization: paper.organizationSlug,
  };
  const changes = changesOf(before, input);
  const changed = Object.keys(changes);
  if (changed.length === 0) return ok({ changed });
  await db.$transaction([
    db.paper.update({
      where: { id },
      data: {
        title: input.title,
        abstract: input.abstract,
        ...(changes.authors && { authors: input.authors, authorCount: input.authors.length || null }),
        organizationSlug: input.organization,
      },
    }),
    auditEntry(admin.id, AuditAction.paperEdit, id, JSON.stringify(changes)),
  ]);
  refresh(paper, [paper.organizationSlug, input.organization]);
  return ok({ changed });
}
