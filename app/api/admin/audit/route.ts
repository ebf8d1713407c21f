import { NextResponse } from "next/server";
import { respond, route } from "@/lib/http/respond";
import { requireAdmin } from "@/lib/moderation/admin";
import { latestAuditEntries } from "@/lib/moderation/audit";

export const dynamic = "force-dynamic";

export const GET = route(async (request) =>
  respond(await requireAdmin(request.headers), async () =>
    NextResponse.json({ entries: await latestAuditEntries() }, { headers: { "cache-control": "private, no-store" } }),
  ),
);
