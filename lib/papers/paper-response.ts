// The answer of a route that shows one paper in some format (JSON, Markdown, BibTeX): the paper,
// a permanent redirect from an old address to its arXiv id, or a 404.
import "server-only";
import { lookupPaper, type PaperDetail } from "./detail";

export async function paperResponse(
  id: string,
  { pathOf, render, missing }: { pathOf: (id: string) => string; render: (paper: PaperDetail) => Response; missing: () => Response },
): Promise<Response> {
  const found = await lookupPaper(id);
  if (found.kind === "moved") return new Response(null, { status: 308, headers: { Location: pathOf(found.id) } });
  if (found.kind === "missing") return missing();
  return render(found.paper);
}

/** A text answer that readers and proxies may keep for five minutes, as the pages are. */
export function textResponse(body: string, contentType: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=300", ...headers },
  });
}

/** The 404 of the text formats: a sentence, not a page. */
export function textNotFound(id: string): Response {
  return new Response(`There is no paper with the id "${id}".\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
