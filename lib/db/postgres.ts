// Opening a PostgreSQL database the same way everywhere: the app, the Prisma CLI, tests and scripts.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { randomUUID } from "node:crypto";
import pg from "pg";

// Every session works in UTC, so that a day computed in SQL is the same day as in JavaScript.
const SESSION_OPTIONS = "-c TimeZone=UTC";

export function postgresAdapter(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPg({ connectionString: databaseUrl, options: SESSION_OPTIONS });
}

// The system catalogs' own types, as the text (or text[]) they print as.
const CATALOG_TYPES_AS_TEXT = new Map([
  [18, 25], // "char"
  [19, 25], // name
  [24, 25], // regproc
  [194, 25], // pg_node_tree
  [1003, 1009], // name[]
  [2205, 25], // regclass
  [2206, 25], // regtype
]);

/**
 * adapter-pg 6.19 refuses result columns of the catalog types (`name` above all), which the schema
 * engine's own queries return, so `prisma migrate` fails through it
 * (https://github.com/prisma/prisma/issues/27403). For the CLI only, a client that reports them
 * as text, which is how pg has already parsed them. The app never reads catalog columns.
 */
function asText(answer: pg.QueryResult | undefined): void {
  for (const field of answer?.fields ?? [])
    field.dataTypeID = CATALOG_TYPES_AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
}

class CatalogAsTextClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    // pg.Pool calls query() with a callback, a client of its own with or without one.
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const last = args.at(-1);
      if (typeof last === "function") {
        return query(...args.slice(0, -1), (error: Error | null, answer: pg.QueryResult) => {
          asText(answer);
          last(error, answer);
        });
      }
      const result = query(...args);
      return result instanceof Promise ? result.then((answer: pg.QueryResult) => (asText(answer), answer)) : result;
    }) as pg.Client["query"];
  }
}

type Adapter = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory["connect"]>>;

/**
 * adapter-pg 6.19 cuts a migration script at every ";", which breaks any function body (and a
 * comment with a semicolon in it). PostgreSQL takes a whole script as one simple query, run as one
 * transaction: all of a migration applies, or none of it.
 */
function wholeScripts(adapter: Adapter): Adapter {
  const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  adapter.executeScript = async (script) => {
    await pool.query(script);
  };
  return adapter;
}

/** The URL with another database name; every other part (host, socket, options) kept. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Runs one statement (CREATE or DROP DATABASE) on its own connection to the URL's database. */
export async function administer(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The adapter the Prisma CLI migrates and diffs with (prisma.config.ts). */
export function postgresMigrationAdapter(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const factoryFor = (url: string) =>
    // A short idle timeout: the CLI exits once its pool is empty, rather than 10 s later.
    new PrismaPg({
      connectionString: url,
      options: SESSION_OPTIONS,
      Client: CatalogAsTextClient,
      idleTimeoutMillis: 200,
    });
  const factory = factoryFor(databaseUrl);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wholeScripts(await factory.connect()),
    // adapter-pg's own shadow database is the target itself: its connection string outranks the
    // database name it sets. `migrate diff` would then replay every migration on the real database.
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await administer(databaseUrl, `CREATE DATABASE "${name}"`);
      const adapter = wholeScripts(await factoryFor(withDatabase(databaseUrl, name)).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await administer(databaseUrl, `DROP DATABASE IF EXISTS "${name}"`);
      };
      return adapter;
    },
  };
}
