// `npm run db:copy -- --to postgresql://…`: moves this instance's data (DATABASE_URL, an SQLite
// file; or --from file:…) into a new, migrated PostgreSQL database. See README, Deployment.
import "../lib/db/load-env-files";
import { parseArgs } from "node:util";
import { dialectOf } from "../lib/db/dialect";
import { readDatabaseUrl } from "../lib/db/env";
import { copyDatabase, CopyRefused } from "./lib/copy-database";

const usage = "Usage: npm run db:copy -- --to postgresql://user:password@host:5432/papers [--from file:./var/dev.db]";

try {
  const { values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" } } });
  const from = values.from ?? readDatabaseUrl();
  if (!values.to || dialectOf(values.to) !== "postgresql")
    throw new CopyRefused(`--to must be a PostgreSQL URL.\n${usage}`);
  if (dialectOf(from) !== "sqlite")
    throw new CopyRefused(`The source must be an SQLite URL (file:…), not ${from}.\n${usage}`);
  const report = await copyDatabase({ from, to: values.to, log: console.log });
  const rows = report.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Copied ${rows} rows in ${report.tables.length} tables; every count checked.`);
} catch (error) {
  console.error(error instanceof CopyRefused || error instanceof TypeError ? error.message : error);
  process.exitCode = 1;
}
