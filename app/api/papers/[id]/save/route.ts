import { NextResponse } from "next/server";
import { memberWrite } from "@/lib/collections/request";
import { setSaved } from "@/lib/collections/saved";
import { parseInput } from "@/lib/http/parse";
import { failureResponse, respond, route } from "@/lib/http/respond";
import { upvoteParams } from "@/lib/votes/schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function saveHandler(saved: boolean) {
  return route<Context>(async (request, { params }) => {
    const member = await memberWrite(request);
    if (!member.ok) return failureResponse(member.error);
    const input = parseInput(upvoteParams, await params);
    if (!input.ok) return failureResponse(input.error);
    return respond(await setSaved(member.value.id, input.value.id, saved), (state) =>
      NextResponse.json(state, { headers: { "cache-control": "private, no-store" } }),
    );
  });
}

/** Saves the paper to the member's reading list; a repeat changes nothing. */
export const POST = saveHandler(true);
/** Takes it off the list; a repeat changes nothing. */
export const DELETE = saveHandler(false);
