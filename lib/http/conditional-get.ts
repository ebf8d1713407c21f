// Answers for content that readers poll (the RSS, Atom and JSON feeds): an ETag of the body and
// its Last-Modified time, and a 304 with no body when the client's copy is still current.
import { createHash } from "node:crypto";

export interface Cacheable {
  body: string;
  contentType: string;
  lastModified: Date;
  maxAgeSeconds?: number;
  /** etagOf(body), when the caller keeps the body and its tag together (hashing 300 kB per request is not free). */
  etag?: string;
}

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match holds this ETag (weak or strong, as RFC 9110 compares for GET) or "*". */
function etagMatches(header: string, etag: string): boolean {
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}

/** HTTP dates have whole seconds; a copy from within the same second is current. */
function notModifiedSince(header: string, lastModified: Date): boolean {
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function cachedResponse(
  request: Request,
  { body, contentType, lastModified, maxAgeSeconds = 300, etag = etagOf(body) }: Cacheable,
): Response {
  const headers = {
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
    "Cache-Control": `public, max-age=${maxAgeSeconds}`,
  };
  // If-None-Match, when sent, decides alone (RFC 9110 §13.2.2).
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = request.headers.get("if-modified-since");
  const current =
    ifNoneMatch !== null
      ? etagMatches(ifNoneMatch, etag)
      : ifModifiedSince !== null && notModifiedSince(ifModifiedSince, lastModified);
  if (current) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}
