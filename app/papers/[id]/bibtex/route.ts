import { paperBibtexPath, paperPath } from "@/lib/http/paths";
import { getEnv } from "@/lib/db/env";
import { toBibtex } from "@/lib/papers/bibtex";
import { paperResponse, textNotFound, textResponse } from "@/lib/papers/paper-response";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return paperResponse(id, {
    pathOf: paperBibtexPath,
    render: (paper) =>
      textResponse(toBibtex(paper, `${getEnv().APP_URL}${paperPath(paper.id)}`), "application/x-bibtex; charset=utf-8", {
        "Content-Disposition": `inline; filename="${paper.id}.bib"`,
      }),
    missing: () => textNotFound(id),
  });
}
