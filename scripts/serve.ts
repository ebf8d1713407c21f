// The app's production server: Next.js behind a few lines of Node `http` that decide who the
// client is. Next keeps a client-sent X-Forwarded-For as it is, so rate limits that read it could
// be escaped by making it up; here it is replaced by the one address lib/http/client-address.ts
// resolves from the socket and TRUSTED_PROXIES, before Next sees the request.
import { createServer } from "node:http";
import next from "next";
import { parseTrustedProxies, resolveClientAddress } from "../lib/http/client-address";
import { closeRedis } from "../lib/redis/client";

// Past this, requests still running are cut off: a process manager waits only so long.
const SHUTDOWN_GRACE_MS = 10_000;

export interface ServeOptions {
  /** Listened on every interface, IPv4 and IPv6, as `next start` does. */
  port: number;
  trustedProxies?: string;
}

export async function serve({ port, trustedProxies }: ServeOptions): Promise<void> {
  const trust = parseTrustedProxies(trustedProxies);
  const app = next({ dev: false, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    request.headers["x-forwarded-for"] = resolveClientAddress(request, trust);
    void handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  console.log(`Serving on http://localhost:${port}`);
  // On SIGTERM (systemd, a container's stop, a deploy) or Ctrl-C: stop taking requests, let those
  // in flight finish, close the Redis connections, then exit.
  const shutdown = () => {
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    server.close(() => void closeRedis().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
