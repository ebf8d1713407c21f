import { notFound } from "next/navigation";
import { OrganizationView, organizationMetadata } from "@/components/organization-view";
import { organizationPath, pageSegment } from "@/lib/http/paths";

// /organizations/{slug}?p=N (N ≥ 1), rewritten here by next.config.ts so that each page of papers
// is a path of its own and cached like the first (see ../../page.tsx). Links name the ?p= form.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params;
  return { ...(await organizationMetadata(slug)), alternates: { canonical: organizationPath(slug, Number(page)) } };
}

export default async function OrganizationPageN({ params }: Props) {
  const { slug, page } = await params;
  const number = pageSegment(page);
  if (number === null) notFound();
  return <OrganizationView slug={slug} page={number} />;
}
