"use client";
// Pages cached for everyone may lag a vote behind (a render that began before the vote can be
// stored after it). Inside this provider each upvote button takes the live count once the page
// has loaded, so what a reader sees is current; without JavaScript the cache's count stands.
import { createContext, useEffect, useState, type ReactNode } from "react";

const MAX_IDS_PER_REQUEST = 100;

export const LiveCountsContext = createContext<Record<string, number> | null>(null);

async function fetchCounts(ids: string[], signal: AbortSignal): Promise<Record<string, number>> {
  const chunks = Array.from({ length: Math.ceil(ids.length / MAX_IDS_PER_REQUEST) }, (_, i) =>
    ids.slice(i * MAX_IDS_PER_REQUEST, (i + 1) * MAX_IDS_PER_REQUEST),
  );
  const answers = await Promise.all(
    chunks.map(async (chunk) => {
      const response = await fetch(`/api/papers/upvotes?ids=${chunk.map(encodeURIComponent).join(",")}`, { signal });
      return response.ok ? ((await response.json()) as { upvotes: Record<string, number> }).upvotes : {};
    }),
  );
  return Object.assign({}, ...answers);
}

export function LiveCounts({ ids, children }: { ids: string[]; children: ReactNode }) {
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const key = ids.join(",");
  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    // A failed refresh leaves the cached counts in place; they are at most a few minutes old.
    fetchCounts(key.split(","), controller.signal).then(setCounts, () => {});
    return () => controller.abort();
  }, [key]);
  return <LiveCountsContext value={counts}>{children}</LiveCountsContext>;
}
