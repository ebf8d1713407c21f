// One PrismaClient type for the whole app, whichever database runs under it. The two generated
// clients (lib/generated/prisma for SQLite, lib/generated/prisma-pg for PostgreSQL) come from the
// same models, so their APIs are the same; the check below fails to compile the day they are not
// (a schema change made without `npm run db:schema`). See docs/decisions/0019-postgresql-beside-sqlite.md.
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient, type Prisma as PostgresPrisma } from "../generated/prisma-pg/client";
import { dialectOf } from "./dialect";
import { postgresAdapter } from "./postgres";
import { sqliteAdapter, type SqliteAdapterFactory } from "./sqlite";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// TypeScript cannot compare the two clients' generic methods (each has its own declarations), so
// the check compares what they are made from: the same models, with the same fields of the same
// types. The model methods are generated from those alone.
type Models<Map extends { model: Record<string, { payload: { scalars: unknown; objects: unknown } }> }> = {
  [Model in keyof Map["model"]]: [
    Map["model"][Model]["payload"]["scalars"],
    keyof Map["model"][Model]["payload"]["objects"],
  ];
};
const sameModels: Same<Models<PostgresPrisma.TypeMap>, Models<Prisma.TypeMap>> = true;
void sameModels;

export interface OpenedDatabase {
  client: PrismaClient;
  /** On SQLite, the adapter under `client`, which hands out its driver connection; null on PostgreSQL. */
  sqlite: SqliteAdapterFactory | null;
}

export function openDatabase(databaseUrl: string): OpenedDatabase {
  if (dialectOf(databaseUrl) === "postgresql") {
    const client = new PostgresPrismaClient({ adapter: postgresAdapter(databaseUrl) }) as unknown as PrismaClient;
    return { client, sqlite: null };
  }
  const sqlite = sqliteAdapter(databaseUrl);
  return { client: new PrismaClient({ adapter: sqlite }), sqlite };
}

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return openDatabase(databaseUrl).client;
}
