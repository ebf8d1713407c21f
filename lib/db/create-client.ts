import { PrismaClient } from "../generated/prisma/client";
import { sqliteAdapter } from "./sqlite";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapter(databaseUrl) });
}
