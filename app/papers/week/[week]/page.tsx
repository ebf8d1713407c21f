import { feedPage } from "@/components/feed-route";

// Rendered on first request, then cached until a vote changes a count (or 5 minutes pass).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const page = feedPage("week", "week", { forVoter: false });

export const generateMetadata = page.generateMetadata;
export default page.Page;
