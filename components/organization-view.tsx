import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { organizationPath } from "@/lib/http/paths";
import { findOrganization, organizationPapers } from "@/lib/papers/organizations";
import { LiveCounts } from "./live-counts";
import { PaperList } from "./paper-list";
import { Pager } from "./pager";

const PAGE_SIZE = 50;

// Slug characters are all URL-safe, so the segment needs no decoding to be compared.
export async function organizationMetadata(slug: string): Promise<Metadata> {
  const organization = await findOrganization(slug);
  return { title: organization ? organization.name : "Not found" };
}

/** One page (from 0) of an organization's papers, newest first; a slug in another case redirects. */
export async function OrganizationView({ slug, page }: { slug: string; page: number }) {
  const organization = await findOrganization(slug);
  if (!organization) notFound();
  if (slug !== organization.slug) permanentRedirect(organizationPath(organization.slug, page));

  const papers = await organizationPapers(organization.slug, { limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const count = organization.paperCount;
  return (
    <>
      <div className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">{organization.name}</h1>
        <p className="text-gray-600 dark:text-gray-400">
          {count} {count === 1 ? "paper" : "papers"} on Daily Papers, newest first
        </p>
      </div>
      {papers.length > 0 ? (
        <LiveCounts ids={papers.map((paper) => paper.id)}>
          <PaperList papers={papers} label={`Papers of ${organization.name}`} headingLevel={2} />
        </LiveCounts>
      ) : (
        <p className="rounded-xl border border-dashed border-gray-300 p-8 text-center dark:border-gray-700">No papers on this page.</p>
      )}
      <Pager page={page} pages={Math.ceil(count / PAGE_SIZE)} href={(to) => organizationPath(organization.slug, to)} />
    </>
  );
}
