import { PrismaClient } from "./generated/prisma/client";
import { sqliteAdapter } from "./sqlite";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const client = new PrismaClient({ adapter: sqliteAdapter(databaseUrl) });
  // The adapter keeps one connection, which these settings configure; a query that starts before
  // they land merely runs with SQLite's defaults. WAL lets readers go on while a vote is written;
  // NORMAL synchronous is safe against application crashes in WAL mode and saves an fsync per write.
  void client
    .$queryRawUnsafe("PRAGMA journal_mode = WAL")
    .then(() => client.$executeRawUnsafe("PRAGMA synchronous = NORMAL"))
    .catch((error: unknown) => console.error("Could not configure SQLite:", error));
  return client;
}
