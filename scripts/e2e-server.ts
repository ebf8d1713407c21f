// The app as Playwright tests it: a production build served as `npm start` serves it, on a fresh
// database that is migrated and seeded the same way `npm start` does it, asking a loopback
// stand-in for arXiv (tests/e2e/arxiv-stand-in.ts) when a paper is submitted.
import { rmSync } from "node:fs";
import path from "node:path";
import { startArxivStandIn } from "../tests/e2e/arxiv-stand-in";
import {
  E2E_ADMIN_EMAIL,
  E2E_ALLOWED_DOMAIN,
  E2E_BASE_URL,
  E2E_CRON_SECRET,
  E2E_DATABASE,
  E2E_OUTBOX,
  E2E_PORT,
  E2E_SESSION_SECRET,
  E2E_TRUSTED_PROXY,
} from "../tests/e2e/server-config";
import { prepareDatabase } from "./lib/prepare-database";
import { runBin } from "./lib/run";
import { serve } from "./serve";

rmSync(path.dirname(E2E_DATABASE), { recursive: true, force: true });
const arxiv = await startArxivStandIn();
Object.assign(process.env, {
  DATABASE_URL: `file:${E2E_DATABASE}`,
  APP_URL: E2E_BASE_URL,
  PORT: String(E2E_PORT),
  MAIL_OUTBOX: E2E_OUTBOX,
  CRON_SECRET: E2E_CRON_SECRET,
  SESSION_SECRET: E2E_SESSION_SECRET,
  ALLOWED_EMAIL_DOMAINS: E2E_ALLOWED_DOMAIN,
  ADMIN_EMAILS: E2E_ADMIN_EMAIL,
  TRUSTED_PROXIES: E2E_TRUSTED_PROXY,
  ARXIV_API_URL: arxiv.url,
  ARXIV_REQUEST_INTERVAL_MS: "0",
  IMPORT_TIMEOUT_MS: "2000",
  // Every browser test submits from 127.0.0.1.
  SUBMISSIONS_PER_HOUR_PER_ADDRESS: "1000",
  // The browser tests of submissions predate members and submit as visitors; members' submissions
  // and the sign-in requirement (the default) are proven in tests/integration/member-submissions.test.ts.
  ANONYMOUS_SUBMISSIONS: "true",
});
delete process.env.SMTP_URL;

await prepareDatabase();
runBin("next", ["build"]);
await serve({ port: E2E_PORT, trustedProxies: E2E_TRUSTED_PROXY });
