import type { NextConfig } from "next";
import { VOTER_COOKIE } from "./lib/votes/voter-cookie";

// Feed and paper pages are cached (incremental static regeneration) for visitors without a voter
// cookie, and revalidated when a vote changes a count. A visitor who has voted gets the same pages
// rendered per request under /voter-view, so the pressed state of their buttons is always theirs.
const voter = [{ type: "cookie" as const, key: VOTER_COOKIE }];
const noSearch = [{ type: "query" as const, key: "q" }];
const PAPER_ID = String.raw`\d{4}\.\d{4,5}|(?!trending$)[a-z0-9]+(?:-[a-z0-9]+)*`;

const config: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", has: voter, destination: "/voter-view/papers/date/latest" },
        { source: "/", destination: "/papers/date/latest" },
        { source: "/papers", has: voter, missing: noSearch, destination: "/voter-view/papers/date/latest" },
        { source: "/papers", missing: noSearch, destination: "/papers/date/latest" },
        { source: "/papers/:kind(date|week|month)/:key", has: voter, destination: "/voter-view/papers/:kind/:key" },
        { source: `/papers/:id(${PAPER_ID})`, has: voter, destination: "/voter-view/papers/:id" },
        // Hugging Face's address of a paper as Markdown (huggingface_hub's read_paper).
        { source: "/papers/:id.md", destination: "/papers/:id/markdown" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default config;
