// One Prisma client per process. Outside production it is kept on globalThis so that Next's
// hot reload does not open a new SQLite connection on every edit.
import type BetterSqlite3 from "better-sqlite3";
import type { PrismaClient } from "../generated/prisma/client";
import { openDatabase, type OpenedDatabase } from "./create-client";
import { dialectOf, type Dialect } from "./dialect";
import { getEnv } from "./env";

const globalForPrisma = globalThis as unknown as { database?: OpenedDatabase };

const database = globalForPrisma.database ?? openDatabase(getEnv().DATABASE_URL);

export const db: PrismaClient = database.client;

if (getEnv().NODE_ENV !== "production") globalForPrisma.database = database;

/** The database the app runs on, for the few queries whose SQL differs (each keeps both forms side by side). */
export function dialect(): Dialect {
  return dialectOf(getEnv().DATABASE_URL);
}

/**
 * On SQLite, the better-sqlite3 connection under `db` itself (opened through Prisma if it is not
 * yet), for the hottest statements: Prisma spends ~0.4 ms of CPU on every raw query (its query
 * compiler, interpreter and a fresh prepared statement), the driver a few microseconds on a
 * statement prepared once. The same connection, so a statement on it is ordered with `db`'s as if
 * Prisma had sent it. Null on PostgreSQL. See docs/decisions/0028-votes-on-the-driver.md.
 */
export async function sqliteConnection(): Promise<BetterSqlite3.Database | null> {
  if (!database.sqlite) return null;
  const open = database.sqlite.openConnection();
  if (open) return open;
  await db.$connect();
  const connected = database.sqlite.openConnection();
  if (!connected) throw new Error("Prisma connected without opening its SQLite connection");
  return connected;
}
