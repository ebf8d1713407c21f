import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { organizationPath } from "@/components/organization-link";
import { Pager, pageParam } from "@/components/pager";
import { VoterPaperList } from "@/components/voter-paper-list";
import { findOrganization, organizationPapers } from "@/lib/papers/organizations";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function organizationOf({ params }: Props) {
  // Slug characters are all URL-safe, so the segment needs no decoding to be compared.
  return findOrganization((await params).slug);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const organization = await organizationOf(props);
  return { title: organization ? organization.name : "Not found" };
}

export default async function OrganizationPage(props: Props) {
  const organization = await organizationOf(props);
  if (!organization) notFound();
  const { slug } = await props.params;
  if (slug !== organization.slug) permanentRedirect(organizationPath(organization.slug));

  const page = pageParam((await props.searchParams).p);
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
        <VoterPaperList papers={papers} label={`Papers of ${organization.name}`} />
      ) : (
        <p className="rounded-xl border border-dashed border-gray-300 p-8 text-center dark:border-gray-700">No papers on this page.</p>
      )}
      <Pager page={page} pages={Math.ceil(count / PAGE_SIZE)} href={(to) => `${organizationPath(organization.slug)}?p=${to}`} />
    </>
  );
}
