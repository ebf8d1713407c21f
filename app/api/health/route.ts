import { NextResponse } from "next/server";
import { route } from "@/lib/http/respond";
import { checkHealth, describeFailure } from "@/lib/health/health";

export const dynamic = "force-dynamic";

// For a reverse proxy's health checks: never cached, by Next or by anything between.
const NO_STORE = { "Cache-Control": "no-store" };

export const GET = route(async () => {
  const health = await checkHealth();
  if (health.status === "ok") return NextResponse.json(health, { headers: NO_STORE });
  return NextResponse.json({ ...health, error: describeFailure(health) }, { status: 503, headers: NO_STORE });
});
