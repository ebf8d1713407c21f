-- Trending: the most upvoted papers, which fill the list when few have recent upvotes
-- (lib/votes/trending.ts); without it each trending query sorted every paper.
-- CreateIndex
CREATE INDEX "Paper_upvotes_feedDate_id_idx" ON "Paper"("upvotes" DESC, "feedDate" DESC, "id");
