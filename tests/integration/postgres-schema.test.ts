// The PostgreSQL schema and migrations are kept in step with the SQLite schema, the one people edit.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { dialect } from "@/lib/db/client";

const run = (bin: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(bin, args, { env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env }, encoding: "utf8" });

describe("the PostgreSQL schema", () => {
  it("is what `npm run db:schema` makes from prisma/schema.prisma now", () => {
    const check = run("node_modules/.bin/tsx", ["scripts/db-schema.ts", "--check"]);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  // Needs a PostgreSQL server for its shadow database: runs in `npm run test:pg`.
  it.runIf(dialect() === "postgresql")("is what its migrations make: migrate diff finds nothing to add", () => {
    const diff = run(
      "node_modules/.bin/prisma",
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/postgresql/migrations",
        "--to-schema-datamodel",
        "prisma/postgresql/schema.prisma",
        "--script",
      ],
      { DATABASE_URL: process.env.DATABASE_URL! },
    );
    expect(diff.status, diff.stderr).toBe(0);
    expect(diff.stdout.trim()).toBe("-- This is an empty migration.");
  });
});
