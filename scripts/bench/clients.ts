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
