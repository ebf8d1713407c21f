import { NextResponse } from "next/server";
import { getEnv } from "@/lib/db/env";
import { route } from "@/lib/http/respond";
import { openApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

export const GET = route(async () => NextResponse.json(openApiDocument(getEnv().APP_URL)));
