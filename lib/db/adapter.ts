// The driver adapter the Prisma CLI uses for a DATABASE_URL: better-sqlite3 for "file:", pg for
// "postgresql://".
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { dialectOf } from "./dialect";
import { postgresMigrationAdapter } from "./postgres";
import { sqliteAdapter } from "./sqlite";

export function migrationAdapterFor(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  return dialectOf(databaseUrl) === "postgresql" ? postgresMigrationAdapter(databaseUrl) : sqliteAdapter(databaseUrl);
}
