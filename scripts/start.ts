// `npm start`: migrate and seed, build once if there is no build yet, then serve in production
// mode on $PORT (3000 by default). `npm run build` makes a fresh build after code changes.
import "../lib/db/load-env-files";
import { existsSync } from "node:fs";
import { getEnv } from "../lib/db/env";
import { prepareDatabase } from "./lib/prepare-database";
import { runBin } from "./lib/run";
import { serve } from "./serve";

try {
  const env = getEnv();
  await prepareDatabase();
  if (!existsSync(".next/BUILD_ID")) runBin("next", ["build"]);
  await serve({ port: Number(process.env.PORT ?? 3000), trustedProxies: env.TRUSTED_PROXIES });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
