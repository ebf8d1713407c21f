// `npm run db:schema`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma, formatted
// as `prisma format` leaves it. `--check` only says whether the file is up to date (exit code 1
// when not), for the test that keeps the two schemas in step.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PRISMA_PATHS } from "../lib/db/dialect";
import { postgresSchema } from "./lib/postgres-schema";
import { runBin } from "./lib/run";

const folder = mkdtempSync(path.join(tmpdir(), "dp-schema-"));
try {
  const draft = path.join(folder, "schema.prisma");
  writeFileSync(draft, postgresSchema(readFileSync(PRISMA_PATHS.sqlite.schema, "utf8")));
  runBin("prisma", ["format", "--schema", draft], {}, "pipe");
  const generated = readFileSync(draft, "utf8");
  const target = PRISMA_PATHS.postgresql.schema;
  if (process.argv.includes("--check")) {
    if (readFileSync(target, "utf8") !== generated) {
      console.error(`${target} is not what prisma/schema.prisma makes: run \`npm run db:schema\`.`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, generated);
    console.log(`Wrote ${target}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
