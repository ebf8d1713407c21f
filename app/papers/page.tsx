import { feedRoute, FEED_RESOLVERS } from "@/components/feed-route";

// Plain /papers is rewritten to the cached /papers/date/latest (next.config.ts); this page only
// answers /papers with a query string.
export const dynamic = "force-dynamic";

const route = feedRoute(FEED_RESOLVERS.date, { forVoter: true });

export default function PapersPage() {
  return route.Page("latest");
}
