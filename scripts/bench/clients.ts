// Many clients from one load generator: the app rate-limits votes and searches per client address
// (the first hop of X-Forwarded-For, as a proxy in front of it sets it), and the bench measures
// many people, not one script, so each visitor it makes up gets an address of its own.
import type autocannon from "autocannon";

let clients = 0;

/** A new client's address, 10.x.y.z. */
export function nextClientAddress(): string {
  clients += 1;
  return `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
}

/** autocannon options under which every request comes from a new client address. */
export const eachRequestFromNewClient: Partial<autocannon.Options> = {
  setupClient(client) {
    client.setRequests([
      { setupRequest: (request) => ({ ...request, headers: { ...request.headers, "x-forwarded-for": nextClientAddress() } }) },
    ]);
  },
};

/** Pages of search results the one-at-a-time measurement asks for: ?p=1 to ?p=49. */
export const UNCACHED_SEARCH_PAGES = 49;

/** autocannon options under which request n asks for `paths[n]` (round and round), each from a new client address. */
export function eachRequestAnotherPath(paths: string[]): Partial<autocannon.Options> {
  let next = 0;
  return {
    setupClient(client) {
      client.setRequests([
        {
          setupRequest: (request) => ({
            ...request,
            path: paths[next++ % paths.length],
            headers: { ...request.headers, "x-forwarded-for": nextClientAddress() },
          }),
        },
      ]);
    },
  };
}

/** Pages 1 to UNCACHED_SEARCH_PAGES of `path`'s results: pages that the load before (page 0 only) has not cached. */
export function laterPages(path: string): string[] {
  return Array.from({ length: UNCACHED_SEARCH_PAGES }, (_, page) => `${path}&p=${page + 1}`);
}
