// Which database a DATABASE_URL names. SQLite ("file:…") is the default and the schema's source;
// PostgreSQL ("postgresql://…" or "postgres://…") runs the same app on a database server for
// several instances. See docs/decisions/0019-postgresql-beside-sqlite.md.
export type Dialect = "sqlite" | "postgresql";

export const POSTGRES_URL = /^postgres(?:ql)?:\/\/.+/;

export function dialectOf(databaseUrl: string): Dialect {
  return POSTGRES_URL.test(databaseUrl) ? "postgresql" : "sqlite";
}

/** Where each dialect's schema and migrations live, for the Prisma CLI and the scripts. */
export const PRISMA_PATHS: Record<Dialect, { schema: string; migrations: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
};
