import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { readAppUrl, readRedisUrl } from "./lib/db/env";
import { securityHeaders } from "./lib/http/security-headers";

// Every page is one route, cached for everyone; nothing a visitor sends (cookie, header) selects
// another render. These rewrites only map an address onto a cached route: /papers without ?q= is
// the cached latest day (with ?q= it is the dynamic search page), /papers/trending a route key too,
// so that both are rendered on request and not at build time (when there is no database), and the
// ?p=N of an organization, a week or a month is a path of its own.
// See docs/decisions/0001-cached-pages-and-visitor-state.md.
const noSearch = [{ type: "query" as const, key: "q" }];
const pageNumber = [{ type: "query" as const, key: "p", value: String.raw`(?<page>[1-9]\d{0,3})` }];

const config: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Next's ETag for a page is a hash of its whole HTML computed on every request, cache hits
  // included: a third of the server's CPU for a 180 kB day page. Pages are cached for minutes and
  // revalidated by votes, so a conditional request would rarely save the transfer; feeds and
  // API answers keep the ETags they compute once per cached answer. See docs/decisions/0027-no-page-etags.md.
  generateEtags: false,
  // Evaluated at build time: HSTS follows the APP_URL the app was built with.
  async headers() {
    const headers = securityHeaders({
      https: readAppUrl().startsWith("https:"),
      development: process.env.NODE_ENV === "development",
    });
    return [{ source: "/:path*", headers }];
  },
  // Server actions take forms of a few fields; Next stops reading a bigger body, chunked or not.
  experimental: {
    serverActions: { bodySizeLimit: "64kb" },
    // Pages rendered on request (every search's words, every paper) stay in the server's memory
    // cache (cacheMaxMemorySize, 50 MB, least recently used first out), not on disk: the search
    // pages' addresses are whatever people type, so files for them would fill the disk without
    // bound. An evicted page is rendered again; pages rendered at build time are still read from
    // the build. See docs/decisions/0018-cached-search-pages-and-lock-free-votes.md.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/papers/date/latest" },
        { source: "/papers", missing: noSearch, destination: "/papers/date/latest" },
        { source: "/papers/trending", destination: "/papers/trending/now" },
        { source: "/organizations/:slug", has: pageNumber, destination: "/organizations/:slug/p/:page" },
        { source: "/papers/:kind(week|month)/:key", has: pageNumber, destination: "/papers/:kind/:key/p/:page" },
        // Hugging Face's address of a paper as Markdown (huggingface_hub's read_paper).
        { source: "/papers/:id.md", destination: "/papers/:id/markdown" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

// With REDIS_URL, the production server keeps its page cache in Redis, shared by every instance
// (docs/decisions/0021-shared-state-in-redis.md). Only the server: a build renders nothing that
// needs the database, and needs no Redis.
export default function nextConfig(phase: string): NextConfig {
  if (phase !== PHASE_PRODUCTION_SERVER || !readRedisUrl()) return config;
  return {
    ...config,
    cacheHandler: path.resolve("lib/redis/page-cache-handler.mjs"),
    // No copy in each instance's memory: it would go on serving a page another instance revalidated.
    cacheMaxMemorySize: 0,
  };
}
