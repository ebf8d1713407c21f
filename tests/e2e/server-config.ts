import path from "node:path";

// Overridable so that two checkouts on one machine can run their browser tests at once.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATABASE = path.resolve("var", "e2e", "e2e.db");
/** Where the e2e server writes mail, as .eml files (no SMTP_URL is set for it). */
export const E2E_OUTBOX = path.resolve("var", "e2e", "outbox");
/** Signs the e2e server's mail tokens; tests use it to make the links a digest would carry. */
export const E2E_SESSION_SECRET = "e2e-session-secret-0123456789-0123456789";
/** Members: only addresses at this domain may create an account; this one is an admin. */
export const E2E_ALLOWED_DOMAIN = "example.edu";
export const E2E_ADMIN_EMAIL = "admin@example.edu";
/**
 * The one address the e2e server believes X-Forwarded-For from: a test connecting from it plays a
 * reverse proxy. Every other connection (127.0.0.1, ::1) is a client whose headers count for nothing.
 */
export const E2E_TRUSTED_PROXY = "127.0.0.2";
/** The e2e server's CRON_SECRET: tests run the digest with it. */
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";
