import { paperApiPath } from "@/lib/http/paths";
import { NextResponse } from "next/server";
import { jsonError, parseOr400, route } from "@/lib/http/errors";
import { toHfPaper } from "@/lib/papers/hf-shape";
import { paperIdParams } from "@/lib/papers/paper-id";
import { paperResponse } from "@/lib/papers/paper-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** huggingface_hub's paper_info(): the paper in Hugging Face's shape. */
export const GET = route<Context>(async (_request, { params }) => {
  const { id } = parseOr400(paperIdParams, await params);
  return paperResponse(id, {
    pathOf: paperApiPath,
    render: (paper) => NextResponse.json(toHfPaper(paper.row)),
    missing: () => jsonError(404, `There is no paper with the id "${id}".`),
  });
});
