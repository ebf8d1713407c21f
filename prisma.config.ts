// The Prisma CLI runs its schema engine as WebAssembly through the better-sqlite3 adapter, so
// `generate` and `migrate deploy` work with no engine binary downloaded.
import "./lib/db/load-env-files";
import { defineConfig } from "prisma/config";
import { readDatabaseUrl } from "./lib/db/env";
import { sqliteAdapter } from "./lib/db/sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => sqliteAdapter(readDatabaseUrl()),
});
