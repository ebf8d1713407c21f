import { NextResponse } from "next/server";
import { paperApiPath } from "@/lib/http/paths";
import { parseInput } from "@/lib/http/parse";
import { jsonError, respond, route } from "@/lib/http/respond";
import { toHfPaper } from "@/lib/papers/hf-shape";
import { paperResponse } from "@/lib/papers/paper-response";
import { paperIdParams } from "@/lib/papers/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** huggingface_hub's paper_info(): the paper in Hugging Face's shape. */
export const GET = route<Context>(async (_request, { params }) =>
  respond(parseInput(paperIdParams, await params), ({ id }) =>
    paperResponse(id, {
      pathOf: paperApiPath,
      render: (paper) => NextResponse.json(toHfPaper(paper.row)),
      missing: () => jsonError(404, `There is no paper with the id "${id}".`),
    }),
  ),
);
