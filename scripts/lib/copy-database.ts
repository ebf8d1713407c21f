// Copies an SQLite instance's rows into an empty, migrated PostgreSQL database: every table the
// migrations made (papers, organizations, votes, subscribers, deliveries, runs, and whatever later
// migrations add), parents before children, in batches, in one transaction: a failure leaves the
// target as empty as it was. Then it checks the row count of every table and every paper's upvote
// count. It works on tables, not on Prisma's models, so a new table is copied with no change here.
import { readdirSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { PRISMA_PATHS } from "../../lib/db/dialect";
import { sqliteFile } from "../../lib/db/sqlite";

const MIGRATIONS_TABLE = "_prisma_migrations";

export interface CopyReport {
  /** Rows copied per table, in the order copied. */
  tables: { table: string; rows: number }[];
  papersChecked: number;
}

export class CopyRefused extends Error {}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function migrationNames(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Refuses a database whose applied migrations are not exactly those of its folder. */
function checkMigrated(applied: string[], folder: string, which: string): void {
  const expected = migrationNames(folder);
  const missing = expected.filter((name) => !applied.includes(name));
  if (missing.length) {
    throw new CopyRefused(
      `The ${which} database lacks migrations (${missing.join(", ")}): run \`npm run db:migrate\` with its DATABASE_URL first.`,
    );
  }
}

/** The target's tables, parents before the tables that refer to them. */
async function tablesInDependencyOrder(target: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await target.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> $1 ORDER BY tablename`,
    [MIGRATIONS_TABLE],
  );
  const { rows: references } = await target.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  const unquote = (name: string) => name.replace(/^"(.*)"$/, "$1").replaceAll('""', '"');
  const parents = new Map(tables.map(({ name }) => [name, new Set<string>()]));
  for (const { child, parent } of references)
    if (unquote(child) !== unquote(parent)) parents.get(unquote(child))?.add(unquote(parent));
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`Tables refer to each other in a cycle: ${[...path, name].join(" → ")}`);
    for (const parent of parents.get(name) ?? []) visit(parent, [...path, name]);
    ordered.push(name);
  };
  for (const { name } of tables) visit(name, []);
  return ordered;
}

async function columnsOf(target: pg.ClientBase, table: string): Promise<Map<string, string>> {
  const { rows } = await target.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  return new Map(rows.map(({ name, type }) => [name, type]));
}

/** A stored SQLite value as PostgreSQL reads the column's type. */
function toPostgres(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  // Prisma stores SQLite booleans as 0 and 1; big integers come back as bigint.
  if (type === "boolean") return value === 1 || value === 1n || value === "true";
  if (typeof value === "bigint") return value.toString();
  // Instants are ISO text (Prisma) or "YYYY-MM-DD HH:MM:SS" in UTC (CURRENT_TIMESTAMP); the
  // session's time zone is UTC, so both read as the same instant.
  if (type.startsWith("timestamp") && typeof value === "number") return new Date(value).toISOString();
  return value;
}

export async function copyDatabase({
  from,
  to,
  batchSize = 500,
  log = () => {},
}: {
  from: string;
  to: string;
  batchSize?: number;
  log?: (line: string) => void;
}): Promise<CopyReport> {
  const source = new Database(sqliteFile(from), { readonly: true, fileMustExist: true });
  const target = new pg.Client({ connectionString: to, options: "-c TimeZone=UTC" });
  await target.connect();
  try {
    checkMigrated(
      source
        .prepare(`SELECT migration_name AS name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL`)
        .all()
        .map((row) => (row as { name: string }).name),
      PRISMA_PATHS.sqlite.migrations,
      "SQLite",
    );
    const applied = await target
      .query<{ name: string }>(`SELECT migration_name AS name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL`)
      .catch(() => ({ rows: [] as { name: string }[] }));
    checkMigrated(
      applied.rows.map((row) => row.name),
      PRISMA_PATHS.postgresql.migrations,
      "PostgreSQL",
    );

    const tables = await tablesInDependencyOrder(target);
    for (const table of tables) {
      const { rows } = await target.query(`SELECT EXISTS (SELECT 1 FROM ${quote(table)}) AS "any"`);
      if (rows[0].any)
        throw new CopyRefused(
          `The PostgreSQL database is not empty (${table} has rows): copy only into a new database.`,
        );
    }

    const report: CopyReport = { tables: [], papersChecked: 0 };
    await target.query("BEGIN");
    try {
      for (const table of tables) {
        const types = await columnsOf(target, table);
        const sourceColumns = (
          source.prepare(`SELECT * FROM ${quote(table)} LIMIT 0`).columns() as { name: string }[]
        ).map((column) => column.name);
        // Columns PostgreSQL alone has (the search document) are written by its own triggers.
        const columns = sourceColumns.filter((name) => types.has(name));
        // A paper's count is kept by the Upvote triggers as its votes are copied in: it starts
        // from the imported upvotes, and the check below compares the result with the source.
        const select = columns.map((name) =>
          table === "Paper" && name === "upvotes" ? `"importedUpvotes" AS "upvotes"` : quote(name),
        );
        const reader = source.prepare(`SELECT ${select.join(", ")} FROM ${quote(table)} ORDER BY rowid`).raw(true);
        let batch: unknown[][] = [];
        let copied = 0;
        const flush = async () => {
          if (!batch.length) return;
          const values = batch.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
          const params = batch.flatMap((row) => row.map((value, c) => toPostgres(value, types.get(columns[c])!)));
          await target.query(
            `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${values.join(", ")}`,
            params,
          );
          copied += batch.length;
          batch = [];
        };
        for (const row of reader.iterate() as Iterable<unknown[]>) {
          batch.push(row);
          if (batch.length >= batchSize) await flush();
        }
        await flush();
        // Rows came with their ids: the sequences of autoincrement ids start after the largest.
        for (const [column] of types) {
          const { rows: sequences } = await target.query<{ sequence: string | null }>(
            `SELECT pg_get_serial_sequence($1, $2) AS "sequence"`,
            [quote(table), column],
          );
          const sequence = sequences[0].sequence;
          if (!sequence) continue;
          await target.query(
            `SELECT setval($1, (SELECT coalesce(max(${quote(column)}), 0) + 1 FROM ${quote(table)}), false)`,
            [sequence],
          );
        }
        const sourceCount = (source.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
        const { rows } = await target.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
        if (Number(rows[0].n) !== sourceCount || copied !== sourceCount) {
          throw new Error(`${table}: ${sourceCount} rows in SQLite, ${rows[0].n} in PostgreSQL`);
        }
        report.tables.push({ table, rows: copied });
        log(`${table}: ${copied} rows`);
      }
      report.papersChecked = await checkUpvoteCounts(source, target);
      log(`Upvote counts: the same for all ${report.papersChecked} papers`);
      await target.query("COMMIT");
    } catch (error) {
      await target.query("ROLLBACK");
      throw error;
    }
    return report;
  } finally {
    source.close();
    await target.end();
  }
}

/** Every paper's upvote count in PostgreSQL is the one SQLite has; the number of papers checked. */
async function checkUpvoteCounts(source: Database.Database, target: pg.ClientBase): Promise<number> {
  const expected = new Map(
    (source.prepare(`SELECT "id", "upvotes" FROM "Paper"`).all() as { id: string; upvotes: number }[]).map((row) => [
      row.id,
      row.upvotes,
    ]),
  );
  const { rows } = await target.query<{ id: string; upvotes: number }>(`SELECT "id", "upvotes" FROM "Paper"`);
  const wrong = rows.filter((row) => expected.get(row.id) !== row.upvotes);
  if (wrong.length || rows.length !== expected.size) {
    const examples = wrong.slice(0, 5).map((row) => `${row.id} ${expected.get(row.id)} → ${row.upvotes}`);
    throw new Error(
      `Upvote counts differ for ${wrong.length} papers (${examples.join(", ")}): SQLite's counts drifted from its vote rows, or a vote was lost.`,
    );
  }
  return rows.length;
}
