import { NextResponse } from "next/server";
import { requireCronSecret } from "@/lib/http/cron-auth";
import { runDigest } from "@/lib/digest/run";
import { route } from "@/lib/http/errors";

export const dynamic = "force-dynamic";
// A large list takes a while to send; platforms that cap function time read this.
export const maxDuration = 300;

const handler = route(async (request) => {
  requireCronSecret(request);
  const summary = await runDigest({ log: (line) => console.log(line) });
  return NextResponse.json(summary);
});

export const GET = handler;
export const POST = handler;
