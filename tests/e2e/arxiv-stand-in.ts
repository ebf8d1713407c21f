// The arXiv that the e2e server's submissions reach: i10's loopback fixture with the papers below,
// behind a front that answers 503 for one id, so that "arXiv is down" can be tested while other
// specs submit other papers at the same time (a fault queue would hit whichever request came next).
import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";
import { arxivRecord } from "../support/fixtures/arxiv-data";
import { startArxivFixture } from "../support/fixtures/arxiv-server";

/** Papers arXiv knows here, by what the specs do with them. */
export const E2E_ARXIV = {
  byId: arxivRecord({
    id: "2606.20001",
    title: "Submitted By Its Id",
    authors: ["Grace Hopper", "Alan Turing", "Ada Lovelace", "Emmy Noether", "Hedy Lamarr"].map((name) => ({ name })),
  }),
  byAbstractUrl: arxivRecord({ id: "2606.20002", version: 2, title: "Submitted By Its Abstract Address" }),
  byPdfUrl: arxivRecord({ id: "2606.20003", title: "Submitted By Its PDF Address" }),
  byHfUrl: arxivRecord({ id: "2606.20004", title: "Submitted By Its Hugging Face Address" }),
  alreadyHere: arxivRecord({ id: "2606.20006", title: "Submitted Twice" }),
  byMember: arxivRecord({ id: "2606.20007", title: "Submitted By A Member" }),
  viaApi: arxivRecord({
    id: "2606.20005",
    title: "Submitted Through The API For huggingface_hub",
    authors: [{ name: "Katherine Johnson", affiliations: ["NASA"] }, { name: "Dorothy Vaughan" }],
    doi: "10.1000/e2e.20005",
  }),
};

/** An id whose requests arXiv answers with 503 every time. */
export const E2E_ARXIV_DOWN_ID = "2606.29999";
/** An id arXiv does not know. */
export const E2E_ARXIV_UNKNOWN_ID = "2606.28888";

export async function startArxivStandIn(): Promise<{ url: string; close: () => Promise<void> }> {
  const fixture = await startArxivFixture(Object.values(E2E_ARXIV));
  const upstream = new URL(fixture.url);
  const front = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    if (url.searchParams.get("id_list")?.includes(E2E_ARXIV_DOWN_ID)) {
      outgoing
        .writeHead(503, { "content-type": "text/plain", "retry-after": "1" })
        .end("arXiv is down for maintenance");
      return;
    }
    const proxied = forward(
      { host: upstream.hostname, port: upstream.port, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on("error", () => outgoing.writeHead(502).end());
    proxied.end();
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  const { port } = front.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    async close() {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
      await fixture.close();
    },
  };
}
