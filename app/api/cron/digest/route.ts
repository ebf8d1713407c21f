import { NextResponse } from "next/server";
import { checkCronSecret } from "@/lib/http/cron-auth";
import { revalidateArchive } from "@/lib/digest/revalidation";
import { runDigest } from "@/lib/digest/run";
import { respond, route } from "@/lib/http/respond";

export const dynamic = "force-dynamic";
// A large list takes a while to send; platforms that cap function time read this.
export const maxDuration = 300;

const handler = route(async (request) =>
  respond(checkCronSecret(request), async () => {
    const summary = await runDigest({ log: (line) => console.log(line) });
    if (summary.papers > 0) revalidateArchive();
    return NextResponse.json(summary);
  }),
);

export const GET = handler;
export const POST = handler;
