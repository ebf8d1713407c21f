// A public collection's BibTeX: every paper's entry (lib/papers/bibtex.ts), newest addition first.
import "server-only";
import { db } from "../db/client";
import { getEnv } from "../db/env";
import { paperPath } from "../http/paths";
import { toBibtex } from "../papers/bibtex";
import { stringsOf } from "../papers/queries";

const bibSelect = {
  id: true,
  title: true,
  authors: true,
  publishedAt: true,
  publishedOn: true,
  feedDate: true,
  primaryCategory: true,
  doi: true,
  journalRef: true,
  githubRepo: true,
  projectPage: true,
} as const;

export async function collectionBibtex(collectionId: string): Promise<string> {
  const rows = await db.collectionPaper.findMany({
    where: { collectionId },
    orderBy: { addedAt: "desc" },
    select: { paper: { select: bibSelect } },
  });
  const appUrl = getEnv().APP_URL;
  return rows
    .map(({ paper }) => toBibtex({ ...paper, authors: stringsOf(paper.authors) }, `${appUrl}${paperPath(paper.id)}`))
    .join("\n");
}
