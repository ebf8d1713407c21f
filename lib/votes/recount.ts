// Recounts papers from their vote rows (upvotes = importedUpvotes + rows), inside the transaction
// that changed the rows: merging a visitor's votes into a member's, deleting a member.
import { Prisma } from "../generated/prisma/client";

export async function recountPapers(tx: Prisma.TransactionClient, paperIds: string[]): Promise<void> {
  if (paperIds.length === 0) return;
  await tx.$executeRaw`UPDATE "Paper"
    SET "upvotes" = "importedUpvotes" + (SELECT COUNT(*) FROM "Upvote" WHERE "Upvote"."paperId" = "Paper"."id")
    WHERE "id" IN (${Prisma.join(paperIds)})`;
}
