import { PagedFeedPage, pagedFeedMetadata } from "@/components/feed-view";
import { parseMonth } from "@/lib/papers/dates";

// /papers/month/{key}?p=N (N ≥ 1), rewritten here by next.config.ts: each page of the month's papers
// is cached as the first is (see ../../page.tsx), and votes revalidate them all.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ month: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { month, page } = await params;
  return pagedFeedMetadata(parseMonth(month), page);
}

export default async function MonthPageN({ params }: Props) {
  const { month, page } = await params;
  return <PagedFeedPage span={parseMonth(month)} page={page} />;
}
