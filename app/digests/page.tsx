import type { Metadata } from "next";
import { DigestArchive } from "@/components/digest-archive";
import { listEditions } from "@/lib/digest/editions";
import { digestFeedAlternates } from "@/lib/syndication/links";

// Cached like the feed pages; a new edition shows within five minutes of its run.
export const revalidate = 300;

export const metadata: Metadata = { title: "Digest archive", alternates: { types: digestFeedAlternates() } };

export default async function DigestsPage() {
  return <DigestArchive editions={await listEditions()} />;
}
