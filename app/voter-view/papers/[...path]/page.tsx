// The feed and paper pages as a visitor with a voter cookie gets them (next.config.ts rewrites
// their requests here): rendered per request, so each button shows this visitor's own vote.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FEED_RESOLVERS, feedRoute, type FeedSegment } from "@/components/feed-route";
import { paperRoute } from "@/components/paper-route";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ path: string[] }> };

const VOTER = { forVoter: true };
const paper = paperRoute(VOTER);
const feeds = Object.fromEntries(
  Object.entries(FEED_RESOLVERS).map(([segment, resolve]) => [segment, feedRoute(resolve, VOTER)]),
) as Record<FeedSegment, ReturnType<typeof feedRoute>>;

/** The route a path names with its key: ["date", "2026-06-22"] or ["2406.12345"]. */
function routeOf(path: string[]) {
  if (path.length === 1) return { route: paper, key: path[0] };
  if (path.length === 2 && path[0] in feeds) return { route: feeds[path[0] as FeedSegment], key: path[1] };
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const match = routeOf((await params).path);
  const metadata = match ? await match.route.generateMetadata(match.key) : { title: "Not found" };
  return { ...metadata, robots: { index: false } };
}

export default async function VoterViewPage({ params }: Props) {
  const match = routeOf((await params).path);
  if (!match) notFound();
  return match.route.Page(match.key);
}
