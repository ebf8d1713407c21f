// Opening the SQLite file the same way everywhere: the app, the Prisma CLI, tests and scripts.
import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";

// WAL lets readers go on while a vote is written; NORMAL synchronous is safe against application
// crashes in WAL mode and saves an fsync per write. `optimize` (0x10002: every table, as SQLite
// advises on opening) gathers the query planner's statistics when they are missing or out of date,
// a sampled ANALYZE (~0.7 s once at 100,000 papers, then nothing). Without them SQLite guesses that
// `hiddenAt IS NULL` picks out a few rows and reads papers by id through the hiddenAt index: a scan
// of every paper (~300 ms) for each page of search results (docs/decisions/0026-searches-and-votes-apart.md).
const CONNECTION_SETTINGS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA optimize = 0x10002;";

// better-sqlite3 builds SQLite with a 16 MB page cache per connection (SQLite's own default is
// 2 MB), right for a server that reads the same pages again and again; a job may ask for less.
let pageCacheKiB: number | undefined;

/**
 * The page cache of every connection opened from now on, in KiB: for a job that reads each page
 * about once, which the operating system's file cache serves as well (the digest CLI). Set before
 * the first query: it applies from the connection's first statement, `PRAGMA optimize` included.
 */
export function setSqlitePageCache(kib: number): void {
  pageCacheKiB = kib;
}

/** "file:./var/dev.db" → "var/dev.db" (relative to the working directory). */
export function sqliteFile(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
}

/**
 * Makes the database file readable by its owner only (and its folder, as for var/, only
 * enterable by them) before SQLite creates it with the umask's wider default. SQLite gives the
 * -wal and -shm files the database file's permissions.
 */
function createPrivately(file: string): void {
  if (existsSync(file)) return;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, "a", 0o600));
}

export interface SqliteAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** The driver's connection that Prisma opened last, while it is open; null before Prisma's first query. */
  openConnection(): BetterSqlite3.Database | null;
}

/**
 * The better-sqlite3 connection under the adapter's connection. adapter-better-sqlite3 keeps it as
 * `client` (6.19); checked here, so that an adapter that no longer does fails at its first connection.
 */
function driverConnection(connection: object): BetterSqlite3.Database {
  const client = (connection as { client?: Partial<BetterSqlite3.Database> }).client;
  if (typeof client?.prepare !== "function" || typeof client.open !== "boolean") {
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its better-sqlite3 connection as `client`");
  }
  return client as BetterSqlite3.Database;
}

export function sqliteAdapter(databaseUrl: string): SqliteAdapterFactory {
  const file = sqliteFile(databaseUrl);
  createPrivately(file);
  // timeout is SQLite's busy timeout: a writer waits for a lock instead of failing at once.
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 });
  let latest: BetterSqlite3.Database | null = null;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    // Each connection is configured before Prisma sends it its first query.
    async connect() {
      const connection = await factory.connect();
      const pageCache = pageCacheKiB === undefined ? "" : `PRAGMA cache_size = -${pageCacheKiB}; `;
      await connection.executeScript(pageCache + CONNECTION_SETTINGS);
      latest = driverConnection(connection);
      return connection;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
    openConnection: () => (latest?.open ? latest : null),
  };
}
