// Served at /papers/{id}.md (next.config.ts rewrites it here), Hugging Face's address for it.
import { paperMarkdownPath, paperPath } from "@/lib/http/paths";
import { getEnv } from "@/lib/db/env";
import { toMarkdown } from "@/lib/papers/markdown";
import { paperResponse, textNotFound, textResponse } from "@/lib/papers/paper-response";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return paperResponse(id, {
    pathOf: paperMarkdownPath,
    render: (paper) => textResponse(toMarkdown(paper, `${getEnv().APP_URL}${paperPath(paper.id)}`), "text/markdown; charset=utf-8"),
    missing: () => textNotFound(id),
  });
}
