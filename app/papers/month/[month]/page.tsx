import { feedRoute } from "@/components/feed-route";

// Rendered on first request, then cached for everyone until a vote changes a count (or 5 minutes
// pass); see docs/decisions/0001-cached-pages-and-visitor-state.md.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const route = feedRoute("month");
export const generateMetadata = route.generateMetadata;
export default route.Page;
