-- The index's term statistics (fts5vocab over PaperSearch) were read only by "more like this",
-- which now counts each word's papers up to a cap through the index itself: an exact count read
-- every word's whole doclist (docs/decisions/0031-more-like-this-by-rare-words.md).
DROP TABLE "PaperSearchTerms";
