// Databases of a scratch PostgreSQL cluster for tests: each a copy of a migrated template.
import { administer, withDatabase } from "@/lib/db/postgres";

/** A new database copied from the template's (which nobody may be connected to); its URL. */
export async function createDatabaseFrom(templateUrl: string, name: string): Promise<string> {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  await administer(withDatabase(templateUrl, "postgres"), `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return withDatabase(templateUrl, name);
}
