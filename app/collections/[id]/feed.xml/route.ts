import { publicCollection } from "@/lib/collections/collections";
import { collectionId } from "@/lib/collections/schema";
import { cachedResponse } from "@/lib/http/conditional-get";
import { jsonError, route } from "@/lib/http/respond";
import { collectionRss } from "@/lib/syndication/collection-feed";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// A private collection is as absent as one that never existed. A minute's cache: made private, it
// leaves shared caches soon.
export const GET = route<Context>(async (request, { params }) => {
  const id = collectionId.safeParse((await params).id);
  const collection = id.success ? await publicCollection(id.data) : null;
  if (!collection) return jsonError(404, "There is no public collection with this id.");
  return cachedResponse(request, {
    body: collectionRss(collection),
    contentType: "application/rss+xml; charset=utf-8",
    lastModified: collection.updatedAt,
    maxAgeSeconds: 60,
  });
});
