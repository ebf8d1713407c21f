import { pagedFeedRoute } from "@/components/feed-route";

// /papers/month/{key}?p=N (N ≥ 1), rewritten here by next.config.ts: each page of the month's papers
// is cached as the first is (see ../../page.tsx), and votes revalidate them all.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const route = pagedFeedRoute("month");
export const generateMetadata = route.generateMetadata;
export default route.Page;
