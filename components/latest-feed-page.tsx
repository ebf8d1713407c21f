import { loadLatestFeed } from "@/lib/feed";
import { FeedView } from "./feed-view";

/** `/` and `/papers`: the latest day that has papers. */
export async function LatestFeedPage() {
  const feed = await loadLatestFeed();
  if (!feed) {
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight">Daily Papers</h1>
        <p className="mt-4">No papers yet. Run <code>npm run db:seed</code> to import the seed papers.</p>
      </>
    );
  }
  return <FeedView feed={feed} />;
}
