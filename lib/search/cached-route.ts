// The route that renders and caches a page of search results (app/search/[query]/[page]): the
// proxy rewrites /papers?q=…&p=N onto it. The words travel as base64url, not percent-encoded:
// words such as ".." or "a/b" would otherwise be read as path segments, and "%2F" decoded twice.
// No "server-only": the proxy (proxy.ts) builds these paths.

export const CACHED_SEARCH_ROUTE = "/search/[query]/[page]";

export function cachedSearchPath(q: string, page: number): string {
  return `/search/${Buffer.from(q, "utf8").toString("base64url")}/${page}`;
}

/** The words of a cached route's segment; null for a segment cachedSearchPath never makes. */
export function wordsOfSegment(segment: string): string | null {
  const words = Buffer.from(segment, "base64url").toString("utf8");
  return Buffer.from(words, "utf8").toString("base64url") === segment ? words : null;
}
