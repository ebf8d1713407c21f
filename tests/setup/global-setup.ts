// Migrates one template database with the real migrations (`prisma migrate deploy`) before any
// test runs; copying it is much faster than migrating a database per test file.
//
// `npm run test:pg` (TEST_DATABASE=postgresql) runs the same tests on PostgreSQL: a scratch
// cluster is started for the run (tests/support/postgres-cluster.ts), its template database
// migrated with PostgreSQL's migrations, and each test file gets a database made from it.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startScratchCluster } from "../support/postgres-cluster";
import { TEMPLATE_DB, TEST_DB_DIR } from "./paths";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated template database's URL when the run is on PostgreSQL. */
    postgresTemplateUrl: string | null;
  }
}

const POSTGRES_TEMPLATE = "dp_template";

function migrate(databaseUrl: string): void {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
}

export default function setup(project: TestProject): (() => void) | void {
  rmSync(TEST_DB_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DB_DIR, { recursive: true });
  if (process.env.TEST_DATABASE !== "postgresql") {
    migrate(`file:${TEMPLATE_DB}`);
    project.provide("postgresTemplateUrl", null);
    return;
  }
  const cluster = startScratchCluster();
  try {
    execFileSync(`${cluster.binFolder}/createdb`, ["-h", cluster.folder, "-U", "postgres", POSTGRES_TEMPLATE]);
    const templateUrl = cluster.url(POSTGRES_TEMPLATE);
    migrate(templateUrl);
    project.provide("postgresTemplateUrl", templateUrl);
  } catch (error) {
    cluster.stop();
    throw error;
  }
  return () => cluster.stop();
}
