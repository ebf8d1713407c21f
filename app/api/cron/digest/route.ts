import { NextResponse } from "next/server";
import { checkCronSecret } from "@/lib/http/cron-auth";
import { runDigest } from "@/lib/digest/run";
import { respond, route } from "@/lib/http/respond";

export const dynamic = "force-dynamic";
// A large list takes a while to send; platforms that cap function time read this.
export const maxDuration = 300;

const handler = route(async (request) =>
  respond(checkCronSecret(request), async () =>
    NextResponse.json(await runDigest({ log: (line) => console.log(line) })),
  ),
);

export const GET = handler;
export const POST = handler;
