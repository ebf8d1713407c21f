import { OrganizationView, organizationMetadata } from "@/components/organization-view";

// The first page of papers, cached for everyone. Votes do not revalidate it (see
// lib/papers/revalidation.ts): its counts may lag a minute, and the live counts correct them after
// load. ?p=N is rewritten to ./p/[page] (next.config.ts) so that reading it keeps this cached.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  return organizationMetadata((await params).slug);
}

export default async function OrganizationPage({ params }: Props) {
  return <OrganizationView slug={(await params).slug} page={0} />;
}
