// The Prisma CLI runs its schema engine as WebAssembly through a driver adapter, so `generate` and
// `migrate deploy` work with no engine binary downloaded. DATABASE_URL's scheme picks the schema,
// the migrations and the adapter: SQLite's for "file:", PostgreSQL's for "postgresql://".
import "./lib/db/load-env-files";
import { defineConfig } from "prisma/config";
import { migrationAdapterFor } from "./lib/db/adapter";
import { dialectOf, PRISMA_PATHS } from "./lib/db/dialect";
import { readDatabaseUrl } from "./lib/db/env";

const paths = PRISMA_PATHS[dialectOf(readDatabaseUrl())];

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: paths.schema,
  migrations: { path: paths.migrations },
  adapter: async () => migrationAdapterFor(readDatabaseUrl()),
});
