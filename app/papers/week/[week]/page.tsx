import { notFound } from "next/navigation";
import { FeedPage, feedMetadata } from "@/components/feed-view";
import { resolveFeedKey } from "@/lib/papers/feed";

// Rendered on first request, then cached for everyone until a vote changes a count (or 5 minutes
// pass); see docs/decisions/0001-cached-pages-and-visitor-state.md.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ week: string }> };

export async function generateMetadata({ params }: Props) {
  return feedMetadata(await resolveFeedKey("week", (await params).week));
}

export default async function WeekPage({ params }: Props) {
  const span = await resolveFeedKey("week", (await params).week);
  if (!span) notFound();
  return <FeedPage span={span} />;
}
