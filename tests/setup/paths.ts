import path from "node:path";

export const TEST_DB_DIR = path.resolve("var", "test");
/** Migrated once per test run; each test file starts from a copy of it. */
export const TEMPLATE_DB = path.join(TEST_DB_DIR, "template.db");
