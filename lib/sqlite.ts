// Opening the SQLite file the same way everywhere: the app, the Prisma CLI, tests and scripts.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/** "file:./var/dev.db" → "var/dev.db" (relative to the working directory). */
export function sqliteFile(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
}

export function sqliteAdapter(databaseUrl: string): PrismaBetterSQLite3 {
  const file = sqliteFile(databaseUrl);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // timeout is SQLite's busy timeout: a writer waits for a lock instead of failing at once.
  return new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 });
}
