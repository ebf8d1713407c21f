import { NextResponse } from "next/server";
import { checkCronSecret } from "@/lib/http/cron-auth";
import { respond, route } from "@/lib/http/respond";
import { runScheduledImport } from "@/lib/ingest/run";
import { configuredSources } from "@/lib/ingest/sources";
import { revalidateFeedDays } from "@/lib/papers/revalidation";

export const dynamic = "force-dynamic";
// A week of catch-up with arXiv's 3-second spacing takes minutes; platforms that cap function time read this.
export const maxDuration = 300;

const handler = route(async (request) =>
  respond(checkCronSecret(request), async () => {
    const summary = await runScheduledImport(configuredSources(), { log: (line) => console.log(line) });
    revalidateFeedDays(summary.days);
    return NextResponse.json(summary);
  }),
);

export const GET = handler;
export const POST = handler;
