import { notFound } from "next/navigation";
import { FeedPage, feedMetadata } from "@/components/feed-view";
import { parseMonth } from "@/lib/papers/dates";

// Rendered on first request, then cached for everyone until a vote changes a count (or 5 minutes
// pass); see docs/decisions/0001-cached-pages-and-visitor-state.md.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ month: string }> };

export async function generateMetadata({ params }: Props) {
  return feedMetadata(await parseMonth((await params).month));
}

export default async function MonthPage({ params }: Props) {
  const span = await parseMonth((await params).month);
  if (!span) notFound();
  return <FeedPage span={span} />;
}
