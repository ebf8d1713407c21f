-- Each digest run deletes the SentPaper rows older than "never twice" remembers: by sentAt.
CREATE INDEX "SentPaper_sentAt_idx" ON "SentPaper"("sentAt");
