// Every operation of the served OpenAPI document, fed hundreds of generated bad inputs: wrong
// types, huge values, control characters, odd Unicode, SQL and HTML payloads, in the path, the
// query, the body and the headers. None may answer a 5xx, and none may change a row.
import { createHash } from "node:crypto";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getDocument } from "@/app/api/openapi.json/route";
import { db, dialect } from "@/lib/db/client";
import { createPaper } from "../factories";
import { handlerOf } from "../support/api-routes";

const RUNS = 300;

interface Parameter {
  name: string;
  in: "path" | "query";
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: object }> };
  security?: object[];
}

const served = await (await getDocument(new Request("http://localhost:3000/api/openapi.json"), undefined)).json();
const operations = Object.entries(served.paths as Record<string, Record<string, Operation>>).flatMap(
  ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
);

const controlCharacters = fc.string({
  unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)),
  minLength: 1,
});
const hostile = fc.oneof(
  controlCharacters,
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.constantFrom(
    "\u202Eevil",
    "\uFEFF",
    "\u0000",
    "e\u0301\u0301\u0301",
    "𝕯𝖆𝖎𝖑𝖞",
    "\uD800",
    "%00",
    "%zz",
    "../../etc/passwd",
  ),
  fc.constantFrom(
    "' OR 1=1 --",
    '1; DROP TABLE "Paper"; --',
    '" OR ""="',
    '\') UNION SELECT * FROM "Subscriber" --',
    "*",
    "NEAR(",
    'a" OR "b',
  ),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "{{7*7}}",
    "${7*7}",
  ),
  fc.constantFrom(
    "-1",
    "0",
    "1e400",
    "NaN",
    "Infinity",
    "99999999999999999999999",
    "0x10",
    "[]",
    "{}",
    "null",
    "true",
    "2026-02-30",
    "2026-W54",
    "2026-13",
  ),
  fc.integer({ min: 1000, max: 100_000 }).map((length) => "x".repeat(length)),
);
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom("email", "frequency", "paper_id", "token"), fc.oneof(hostile, fc.jsonValue())),
);

const ajv = new Ajv2020({ strict: false, validateFormats: true, allErrors: true });

function encodeSegment(value: string): string {
  // A lone surrogate cannot be percent-encoded; a client would send U+FFFD.
  return encodeURIComponent(value.toWellFormed());
}

/** What a header can carry (no line breaks, NUL or non-Latin-1), the rest kept as sent: %zz stays. */
function headerSafe(value: string): string {
  return value.replace(/[^\t\x20-\x7e]/g, "");
}

/** A bad request for the operation, from the generated values. */
function badRequest(operation: Operation) {
  const parameters = operation.parameters ?? [];
  const bodyTypes = Object.keys(operation.requestBody?.content ?? {});
  const valid = operation.requestBody
    ? ajv.compile(Object.values(operation.requestBody.content)[0].schema)
    : () => false;
  return fc.record({
    path: fc.record(Object.fromEntries(parameters.filter((p) => p.in === "path").map((p) => [p.name, hostile]))),
    query: fc.dictionary(
      fc.oneof(fc.constantFrom(...parameters.filter((p) => p.in === "query").map((p) => p.name), "nonsense"), hostile),
      hostile,
      { maxKeys: 4 },
    ),
    body: fc.oneof(
      jsonish
        .filter((body) => !valid(body))
        .map((body) => ({ type: bodyTypes[0] ?? "application/json", text: JSON.stringify(body) ?? "" })),
      fc.record({
        type: fc.constantFrom(
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "text/plain",
          "application/json",
        ),
        text: hostile,
      }),
    ),
    headers: fc.record({
      "x-forwarded-for": hostile.map(headerSafe),
      cookie: hostile.map((value) => `dp_voter=${headerSafe(value)}`),
      authorization: hostile.map((value) => `Bearer ${headerSafe(value)}`),
    }),
  });
}

/**
 * Every row of every table, hashed: any insert, update or delete changes it. The search index's
 * shadow tables (binary, FTS5's own) are left out; triggers derive them from Paper and Organization.
 * PostgreSQL's rows are read as JSON, which includes the search column the client cannot read.
 */
const TABLES = {
  sqlite: `SELECT "name" FROM sqlite_master WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '_prisma%' AND "name" NOT LIKE '%Search_%' ORDER BY "name"`,
  postgresql: `SELECT tablename::text AS "name" FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '_prisma%' ORDER BY tablename`,
};
const ROWS = {
  sqlite: (table: string) => `SELECT * FROM "${table}"`,
  postgresql: (table: string) => `SELECT row_to_json(t)::text AS "row" FROM "${table}" AS t`,
};

async function snapshot(): Promise<string> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(TABLES[dialect()]);
  const hash = createHash("sha256");
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<unknown[]>(ROWS[dialect()](name));
    const lines = rows
      .map((row) => JSON.stringify(row, (_, value) => (typeof value === "bigint" ? String(value) : value)))
      .sort();
    hash.update(`${name}\n${lines.join("\n")}\n`);
  }
  return hash.digest("hex");
}

describe("generated bad input", () => {
  beforeEach(async () => {
    await createPaper({ id: "2406.00001", title: "Video diffusion", feedDate: "2026-06-22", upvotes: 4 });
    await db.subscriber.create({ data: { email: "ada@example.com", frequency: "daily", status: "active" } });
  });

  it("reaches every operation of the document", () => {
    expect(operations.length).toBeGreaterThanOrEqual(9);
  });

  it.each(operations.map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, entry] as const))(
    "%s: no 5xx and no row changed",
    async (_, { path, method, operation }) => {
      const handler = await handlerOf({ path, method: method as "get" });
      const before = await snapshot();
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(badRequest(operation), async (input) => {
          const url = new URL(
            path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(input.path[name])),
            "http://localhost:3000",
          );
          for (const [key, value] of Object.entries(input.query))
            url.searchParams.append(key.toWellFormed(), value.toWellFormed());
          const withBody = method !== "get";
          const request = new Request(url, {
            method: method.toUpperCase(),
            headers: { ...input.headers, ...(withBody && { "content-type": input.body.type }) },
            body: withBody ? input.body.text.toWellFormed() : undefined,
          });
          const response = await handler(request, { params: Promise.resolve(input.path) });
          await response.arrayBuffer();
          statuses.add(response.status);
          expect(response.status, `${url} answered ${response.status}`).toBeLessThan(500);
        }),
        { numRuns: RUNS },
      );
      expect(await snapshot()).toBe(before);
      // An operation that reads no input and needs no credential (this document, who is signed in,
      // sign-out) has nothing to refuse.
      const refusable = Boolean(operation.parameters?.length || operation.requestBody || operation.security?.length);
      expect([...statuses].some((status) => status >= 400)).toBe(refusable);
    },
  );
});
