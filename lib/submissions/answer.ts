// What POST /api/papers/submit answers with: the paper, as GET /api/papers/{id} gives it.
import "server-only";
import { lookupPaper } from "../papers/detail";
import { toHfPaper } from "../papers/hf-shape";
import type { HfPaper } from "../papers/schema";

export async function submittedPaper(id: string): Promise<HfPaper> {
  const found = await lookupPaper(id);
  if (found.kind !== "found") throw new Error(`The paper ${id} was submitted but cannot be read back`);
  return toHfPaper(found.paper.row);
}
