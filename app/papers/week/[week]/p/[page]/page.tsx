import { pagedFeedRoute } from "@/components/feed-route";

// /papers/week/{key}?p=N (N ≥ 1), rewritten here by next.config.ts: each page of the week's papers
// is cached as the first is (see ../../page.tsx), and votes revalidate them all.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const route = pagedFeedRoute("week");
export const generateMetadata = route.generateMetadata;
export default route.Page;
