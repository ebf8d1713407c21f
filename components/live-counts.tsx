"use client";
// Pages are cached for everyone, so their HTML knows neither this visitor's votes nor a count
// that changed after the render. Inside this provider the page asks once, after load, for both
// (GET /api/papers/upvotes, which reads the voter cookie), and each upvote button applies them.
// Without JavaScript the cached counts stand and no button shows as pressed.
import { createContext, useEffect, useState, type ReactNode } from "react";
import { upvoteCountsApiPath } from "@/lib/http/paths";

const MAX_IDS_PER_REQUEST = 100;

export interface LiveVotes {
  upvotes: Record<string, number>;
  /** The papers on the page that this visitor has upvoted. */
  upvoted: Set<string>;
}

export const LiveCountsContext = createContext<LiveVotes | null>(null);

type Answer = { upvotes: Record<string, number>; upvoted: string[] };

async function fetchVotes(ids: string[], signal: AbortSignal): Promise<LiveVotes> {
  const chunks = Array.from({ length: Math.ceil(ids.length / MAX_IDS_PER_REQUEST) }, (_, i) =>
    ids.slice(i * MAX_IDS_PER_REQUEST, (i + 1) * MAX_IDS_PER_REQUEST),
  );
  const answers = await Promise.all(
    chunks.map(async (chunk): Promise<Answer> => {
      const response = await fetch(upvoteCountsApiPath(chunk), { signal });
      return response.ok ? ((await response.json()) as Answer) : { upvotes: {}, upvoted: [] };
    }),
  );
  return {
    upvotes: Object.assign({}, ...answers.map((answer) => answer.upvotes)),
    upvoted: new Set(answers.flatMap((answer) => answer.upvoted)),
  };
}

export function LiveCounts({ ids, children }: { ids: string[]; children: ReactNode }) {
  const [votes, setVotes] = useState<LiveVotes | null>(null);
  const key = ids.join(",");
  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    // A failed refresh leaves the cached counts in place; they are at most a few minutes old.
    fetchVotes(key.split(","), controller.signal).then(setVotes, () => {});
    return () => controller.abort();
  }, [key]);
  return <LiveCountsContext value={votes}>{children}</LiveCountsContext>;
}
