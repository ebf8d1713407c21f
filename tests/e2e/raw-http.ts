// Requests Playwright's client cannot make: from a chosen loopback source address (a second
// machine, or the trusted reverse proxy), or with a body streamed in chunks of unknown length.
import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { Readable } from "node:stream";
import { E2E_PORT } from "./server-config";

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Loopback source address: Linux routes all of 127.0.0.0/8 to this machine. */
  from?: string;
  body?: string | Readable;
  agent?: Agent;
}

export function rawRequest({ method = "GET", path, headers = {}, from, body, agent }: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port: E2E_PORT, method, path, headers, localAddress: from, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    // The server may answer (413) and close before a streamed body is all sent: the answer counts.
    outgoing.on("error", reject);
    if (typeof body === "string") outgoing.end(body);
    else if (body) body.on("error", () => outgoing.destroy()).pipe(outgoing);
    else outgoing.end();
  });
}

/** A keep-alive agent, so that hundreds of requests reuse a few connections. */
export function keepAlive(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 8 });
}
