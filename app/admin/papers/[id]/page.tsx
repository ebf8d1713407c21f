import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admins-only";
import { UTC_MINUTE } from "@/components/audit-log";
import { EditPaperForm } from "@/components/edit-paper-form";
import { FormStatus } from "@/components/form-feedback";
import { buttonClass } from "@/components/notice-page";
import { adminPaperHiddenApiPath, paperPath } from "@/lib/http/paths";
import { requireAdmin } from "@/lib/moderation/admin";
import { lookupPaper } from "@/lib/papers/detail";

// The admin's view of a paper, hidden or not: rendered for each request and never cached, so that
// a hidden paper's page stays a 404 for everyone else (docs/decisions/0016-hidden-papers.md).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Moderate a paper", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[]; error?: string | string[] }>;
};

export default async function AdminPaperPage({ params, searchParams }: Props) {
  const admin = await requireAdmin(await headers());
  if (!admin.ok) return <AdminsOnly failure={admin.error} />;
  const found = await lookupPaper((await params).id, { includeHidden: true });
  if (found.kind !== "found") notFound();
  const { paper } = found;
  const { done, error } = await searchParams;
  const hidden = paper.hiddenAt !== null;
  return (
    <div className="mx-auto max-w-3xl space-y-8 py-8">
      <header className="space-y-2">
        <p className="text-sm text-gray-600 dark:text-gray-400">Moderation of {paper.id}</p>
        <h1 className="text-2xl font-bold">{paper.title}</h1>
        {hidden ? (
          <p
            role="note"
            className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 font-medium text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
          >
            Hidden since <time dateTime={paper.hiddenAt!.toISOString()}>{UTC_MINUTE.format(paper.hiddenAt!)} UTC</time>:
            only admins see this paper; everyone else gets a 404.
          </p>
        ) : (
          <p className="text-sm">
            <Link href={paperPath(paper.id)} className="font-medium underline">
              Its public page
            </Link>
          </p>
        )}
      </header>
      <section aria-labelledby="visibility-heading" className="space-y-3">
        <h2 id="visibility-heading" className="text-lg font-semibold">
          {hidden ? "Restore" : "Hide"}
        </h2>
        <p className="text-sm text-gray-700 dark:text-gray-300">
          {hidden
            ? "Restoring puts it back on its feed days, trending, search, the digest and the API."
            : "A hidden paper is a 404 for everyone but admins, and leaves the feeds, trending, search, the digest and the API. Its votes and comments are kept."}
        </p>
        <form method="post" action={adminPaperHiddenApiPath(paper.id)}>
          <input type="hidden" name="hidden" value={hidden ? "false" : "true"} />
          <button type="submit" className={buttonClass} aria-describedby="visibility-feedback">
            {hidden ? "Restore this paper" : "Hide this paper"}
          </button>
        </form>
        <FormStatus
          id="visibility-feedback"
          announce="alert"
          isError={typeof error === "string"}
          message={typeof error === "string" ? error : typeof done === "string" ? done : ""}
        />
      </section>
      <section aria-labelledby="edit-heading" className="space-y-3">
        <h2 id="edit-heading" className="text-lg font-semibold">
          Edit its metadata
        </h2>
        <p className="text-sm text-gray-700 dark:text-gray-300">The arXiv id is its address and cannot change.</p>
        <EditPaperForm
          paperId={paper.id}
          initial={{
            title: paper.title,
            abstract: paper.abstract,
            authors: paper.authors.join("\n"),
            organization: paper.organization?.slug ?? "",
          }}
        />
      </section>
    </div>
  );
}
