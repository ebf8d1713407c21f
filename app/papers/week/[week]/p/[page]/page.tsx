import { PagedFeedPage, pagedFeedMetadata } from "@/components/feed-view";
import { parseWeek } from "@/lib/papers/dates";

// /papers/week/{key}?p=N (N ≥ 1), rewritten here by next.config.ts: each page of the week's papers
// is cached as the first is (see ../../page.tsx), and votes revalidate them all.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ week: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { week, page } = await params;
  return pagedFeedMetadata(parseWeek(week), page);
}

export default async function WeekPageN({ params }: Props) {
  const { week, page } = await params;
  return <PagedFeedPage span={parseWeek(week)} page={page} />;
}
