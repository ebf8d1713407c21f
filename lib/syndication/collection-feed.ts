// A public collection as RSS 2.0: its papers, newest addition first, for readers who follow a list.
import "server-only";
import { Feed } from "feed";
import type { CollectionWithPapers } from "../collections/collections";
import { getEnv } from "../db/env";
import { collectionFeedPath, collectionPath } from "../http/paths";
import { paperItem } from "./feeds";

export function collectionRss(collection: CollectionWithPapers): string {
  const appUrl = getEnv().APP_URL;
  const page = `${appUrl}${collectionPath(collection.id)}`;
  const feed = new Feed({
    id: page,
    title: `${collection.name} (a collection by @${collection.owner.handle})`,
    description: `The papers of the collection "${collection.name}" on Daily Papers.`,
    link: page,
    language: "en",
    updated: collection.updatedAt,
    generator: "Daily Papers",
    feedLinks: { rss: `${appUrl}${collectionFeedPath(collection.id)}` },
  });
  for (const paper of collection.papers) feed.addItem(paperItem(paper, "rss"));
  return feed.rss2();
}
