// One Prisma client per process. Outside production it is kept on globalThis so that Next's
// hot reload does not open a new SQLite connection on every edit.
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "./create-client";
import { dialectOf, type Dialect } from "./dialect";
import { getEnv } from "./env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(getEnv().DATABASE_URL);

if (getEnv().NODE_ENV !== "production") globalForPrisma.prisma = db;

/** The database the app runs on, for the few queries whose SQL differs (each keeps both forms side by side). */
export function dialect(): Dialect {
  return dialectOf(getEnv().DATABASE_URL);
}
