import { collectionBibtex } from "@/lib/collections/bibtex";
import { publicCollection } from "@/lib/collections/collections";
import { collectionId } from "@/lib/collections/schema";
import { cachedResponse } from "@/lib/http/conditional-get";
import { jsonError, route } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Every paper of a public collection as one .bib file. */
export const GET = route<Context>(async (request, { params }) => {
  const id = collectionId.safeParse((await params).id);
  const collection = id.success ? await publicCollection(id.data) : null;
  if (!collection) return jsonError(404, "There is no public collection with this id.");
  const response = cachedResponse(request, {
    body: await collectionBibtex(collection.id),
    contentType: "application/x-bibtex; charset=utf-8",
    lastModified: collection.updatedAt,
    maxAgeSeconds: 60,
  });
  response.headers.set("Content-Disposition", `inline; filename="collection-${collection.id}.bib"`);
  return response;
});
