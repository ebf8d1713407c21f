// The Highwire Press `citation_*` meta tags that Zotero, Google Scholar and reference managers read
// from a paper's page (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing).
import { paperLinks, publicationDay, type PaperDetail } from "./detail";
import { isArxivId } from "./paper-id";

type CitedPaper = Pick<PaperDetail, "id" | "title" | "authors" | "publishedAt" | "publishedOn" | "feedDate" | "doi" | "githubRepo" | "projectPage">;

/** For Next's metadata `other`: an array becomes one tag per entry, in order (one per author). */
export function citationMeta(paper: CitedPaper): Record<string, string | string[]> {
  const links = paperLinks(paper);
  return {
    citation_title: paper.title,
    ...(paper.authors.length > 0 && { citation_author: paper.authors }),
    // Scholar asks for YYYY/MM/DD.
    citation_publication_date: publicationDay(paper).replaceAll("-", "/"),
    ...(isArxivId(paper.id) && { citation_arxiv_id: paper.id }),
    ...(links.pdf && { citation_pdf_url: links.pdf }),
    ...(paper.doi && { citation_doi: paper.doi }),
  };
}
