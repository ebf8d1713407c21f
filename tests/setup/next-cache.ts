// Stands in for next/cache in Vitest. Next's page cache exists only inside a running Next server
// (the Playwright tests exercise the real one); here the calls are recorded so tests can check
// which pages a write makes stale.
export const revalidatedPaths: string[] = [];

/** Records the path, and the route type when one is given: "/papers/week/[week]/p/[page] (page)". */
export function revalidatePath(path: string, type?: "page" | "layout"): void {
  revalidatedPaths.push(type ? `${path} (${type})` : path);
}
