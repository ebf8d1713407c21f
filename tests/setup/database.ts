// Each test file gets its own copy of the migrated template database (a file copy on SQLite,
// CREATE DATABASE … TEMPLATE on PostgreSQL), so files running in parallel workers never see each
// other's rows. It must run before lib/env is first read.
import { copyFileSync } from "node:fs";
import { beforeEach, inject } from "vitest";
import path from "node:path";
import { createDatabaseFrom } from "../support/postgres-database";
import { TEMPLATE_DB, TEST_DB_DIR } from "./paths";

const name = `worker-${process.env.VITEST_POOL_ID ?? "0"}-${process.pid}-${Date.now()}`;
const postgresTemplateUrl = inject("postgresTemplateUrl");
if (postgresTemplateUrl) {
  process.env.DATABASE_URL = await createDatabaseFrom(postgresTemplateUrl, name.replaceAll("-", "_"));
} else {
  const file = path.join(TEST_DB_DIR, `${name}.db`);
  copyFileSync(TEMPLATE_DB, file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.SESSION_SECRET ??= "test-session-secret-that-is-long-enough-0123456789";
process.env.CRON_SECRET ??= "test-cron-secret-0123456789";
// Upstreams default to a closed loopback port: a test that forgets its fixture server fails at once
// instead of reaching the real arXiv or Hugging Face.
process.env.HF_ENDPOINT ??= "http://127.0.0.1:9";
process.env.ARXIV_API_URL ??= "http://127.0.0.1:9/api/query";
process.env.ARXIV_REQUEST_INTERVAL_MS ??= "0";
// Mail sent with no SMTP server configured lands here, not in the developer's own outbox.
process.env.MAIL_OUTBOX = path.join(TEST_DB_DIR, "outbox");

// Every test starts from empty tables. Imported lazily: lib/env must see the DATABASE_URL above.
beforeEach(async () => {
  // Work a previous test left for after its answer (a subscription's write and email) ends first.
  await (await import("./after-response")).settleAfterTasks();
  const { db } = await import("@/lib/db/client");
  // Cached answers describe the rows about to be deleted.
  (await import("@/lib/papers/answer-cache")).dropCachedAnswers();
  await db.$transaction([
    db.importRun.deleteMany(),
    db.delivery.deleteMany(),
    db.digestRun.deleteMany(),
    db.digestEdition.deleteMany(),
    db.subscriber.deleteMany(),
    db.upvote.deleteMany(),
    db.paper.deleteMany(),
    db.organization.deleteMany(),
    // Sessions and accounts go with their member.
    db.auditEntry.deleteMany(),
    db.user.deleteMany(),
    db.verification.deleteMany(),
  ]);
});
