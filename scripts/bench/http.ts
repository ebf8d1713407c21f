// The bench's own single requests (readiness, saving a response, probes), each on a new
// connection: a kept-alive socket that the server closes while our event loop is busy under load
// would otherwise fail the next request with "other side closed".
import { request } from "node:http";

export interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

export function httpRequest(
  url: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, contentType: response.headers["content-type"] ?? "", body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
