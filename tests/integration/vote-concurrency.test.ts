import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DELETE, POST } from "@/app/api/papers/[id]/upvote/route";
import { db } from "@/lib/db/client";
import { sign } from "@/lib/db/signing";
import { createPaper } from "../factories";

const PAPERS = ["2406.10001", "2406.10002", "2406.10003", "vote-race"];
const VOTERS = 50;
const TOGGLES = 1_000;

/** Every paper's stored count next to what its rows say it must be. */
async function countsAndRows() {
  const papers = await db.paper.findMany({
    select: { id: true, upvotes: true, importedUpvotes: true, _count: { select: { votes: true } } },
  });
  return papers.map((paper) => ({
    id: paper.id,
    upvotes: paper.upvotes,
    expected: paper.importedUpvotes + paper._count.votes,
  }));
}

describe("upvote counts under concurrent toggles", () => {
  it("1,000 concurrent toggles from 50 voters end with every count equal to imported + rows", async () => {
    for (const [index, id] of PAPERS.entries()) await createPaper({ id, upvotes: index * 7 });
    // Each voter from its own address, as 50 people would be, so no rate limit is reached.
    const voters = Array.from({ length: VOTERS }, (_, i) => ({
      cookie: `dp_voter=${sign("voter", randomUUID())}`,
      address: `10.0.0.${i + 1}`,
    }));
    // A fixed pseudo-random sequence, so a failure can be rerun as it was.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };

    const toggles = Array.from({ length: TOGGLES }, () => {
      const voter = voters[random(VOTERS)];
      const id = PAPERS[random(PAPERS.length)];
      const handler = random(2) === 0 ? POST : DELETE;
      const request = new Request(`http://localhost/api/papers/${id}/upvote`, {
        method: handler === POST ? "POST" : "DELETE",
        headers: { cookie: voter.cookie, "x-forwarded-for": voter.address },
      });
      return handler(request, { params: Promise.resolve({ id }) });
    });
    const responses = await Promise.all(toggles);

    expect(responses.map((response) => response.status).filter((status) => status !== 200)).toEqual([]);
    const counts = await countsAndRows();
    expect(counts).toHaveLength(PAPERS.length);
    for (const paper of counts) expect(paper.upvotes, paper.id).toBe(paper.expected);
    // Random toggles leave some votes standing: the check above compared real numbers.
    expect(await db.upvote.count()).toBeGreaterThan(0);
    expect(await db.upvote.count()).toBeLessThanOrEqual(VOTERS * PAPERS.length);
  });
});
