// Old addresses of merged papers: a seed paper that turned out to be an arXiv paper lives on under
// its arXiv id, and its old slug answers with a permanent redirect there.
import { db } from "../db/client";

/** The id of the paper that `id` is an old address of, or null when it is none. */
export async function resolvePaperAlias(id: string): Promise<string | null> {
  const alias = await db.paperAlias.findUnique({ where: { id }, select: { paperId: true } });
  return alias?.paperId ?? null;
}
