import { EditionPage, editionMetadata } from "@/components/digest-archive";

// Rendered on first request, then cached like the feed pages (an edition never changes once sent,
// but an address asked for before its edition was sent must not stay a 404 for long).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

// `/digests/daily/2026-06-23` or `/digests/weekly/2026-W26`; anything else is a 404.
type Props = { params: Promise<{ kind: string; period: string }> };

export async function generateMetadata({ params }: Props) {
  const { kind, period } = await params;
  return editionMetadata(kind, period);
}

export default async function DigestEditionPage({ params }: Props) {
  const { kind, period } = await params;
  return <EditionPage kind={kind} period={period} />;
}
