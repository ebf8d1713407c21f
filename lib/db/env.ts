// The one place that reads the environment. Every variable is validated here once, and start-up
// fails with a message naming each bad variable rather than misbehaving later.
import { createPrivateKey, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "../http/client-address";
import { POSTGRES_URL } from "./dialect";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const SECRET_FILE = path.join("var", "session-secret");
const MIN_SECRET_BYTES = 32;
const secret = z.string().min(MIN_SECRET_BYTES, `must be at least ${MIN_SECRET_BYTES} characters`);

const appUrl = z.url({ protocol: /^https?$/ }).default("http://localhost:3000");

// nodemailer signs with rsa-sha256 only: another key type would send mail with no signature.
function isRsaPrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === "rsa";
  } catch {
    return false;
  }
}

/** "Daily Papers <papers@example.org>" → "papers@example.org". */
function addressOf(mailbox: string): string {
  return /<([^>]+)>/.exec(mailbox)?.[1] ?? mailbox.trim();
}

const databaseUrl = z
  .string()
  .refine(
    (url) => /^file:.+/.test(url) || POSTGRES_URL.test(url),
    'must be a SQLite URL such as "file:./var/dev.db" or a PostgreSQL URL such as "postgresql://user:password@host:5432/papers"',
  )
  .default("file:./var/dev.db");

const redisUrl = z.url({ protocol: /^rediss?$/, error: 'must be a Redis URL such as "redis://127.0.0.1:6379"' });

/** "a.org, B.org" → ["a.org", "b.org"]: a comma list, lower-cased, blanks dropped. */
const commaList = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(item))
    .default([]);

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
    .transform((value) => value === "true" || value === "1")
    .default(fallback);

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default("Daily Papers <papers@localhost>"),
    MAIL_OUTBOX: z.string().min(1).default(path.join("var", "outbox")),
    CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    // Shared state of several instances (lib/redis): rate limits, the page cache, cache drops.
    REDIS_URL: redisUrl.optional(),
    // Lets smtp:// send its credentials without STARTTLS: only for a relay on a network one trusts.
    SMTP_INSECURE: flag(false),
    // Caps the digest's sending rate, for mail providers that throttle; unset: as fast as the server takes.
    MAIL_RATE_PER_SECOND: z.coerce.number().int().min(1).optional(),
    SESSION_SECRET: secret.optional(),
    // The secret before the last rotation: what it signed (voter cookies, mail links) still verifies.
    SESSION_SECRET_PREVIOUS: secret.optional(),
    // Which proxies' X-Forwarded-For to believe (lib/http/client-address.ts); unset: none.
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    // DKIM signing of every message sent over SMTP, when all three are set (README, Digest).
    DKIM_DOMAIN: z
      .string()
      .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, "must be a domain name such as example.com")
      .optional(),
    DKIM_SELECTOR: z
      .string()
      .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, "must be a DNS label such as mail2026")
      .optional(),
    // A PEM private key; a one-line value may write its line breaks as \n.
    DKIM_PRIVATE_KEY: z
      .string()
      .transform((value) => value.replace(/\\n/g, "\n"))
      .refine(isRsaPrivateKey, "must be an RSA private key in PEM")
      .optional(),
    // Vote rate limits (README, Security); raised only for load tests.
    VOTES_PER_MINUTE_PER_VOTER: z.coerce.number().int().min(1).default(60),
    VOTES_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
    NEW_VOTERS_PER_HOUR_PER_ADDRESS: z.coerce.number().int().min(1).default(60),
    UPVOTES_PER_DAY_PER_ADDRESS_AND_PAPER: z.coerce.number().int().min(1).default(60),
    // Searches (the page and the API together) per client address per minute.
    SEARCHES_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).default(60),
    // Papers one client address may submit in an hour (each one asks arXiv).
    SUBMISSIONS_PER_HOUR_PER_ADDRESS: z.coerce.number().int().min(1).default(10),
    // Paper imports (lib/ingest). Base URLs are variables so that tests point them at loopback.
    ARXIV_API_URL: z.url({ protocol: /^https?$/ }).default("http://export.arxiv.org/api/query"),
    ARXIV_CATEGORIES: z
      .string()
      .default("cs.AI,cs.CL,cs.CV,cs.LG")
      .transform((text) =>
        text
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.string().regex(/^[a-z-]+(?:\.[A-Za-z-]+)?$/, "must be arXiv categories like cs.CL,cs.LG")).min(1),
      ),
    // arXiv asks for at most one request every 3 seconds.
    ARXIV_REQUEST_INTERVAL_MS: z.coerce.number().int().min(0).default(3000),
    HF_ENDPOINT: z.url({ protocol: /^https?$/ }).default("https://huggingface.co"),
    IMPORT_SOURCES: z
      .string()
      .default("hf")
      .transform((text) => [
        ...new Set(
          text
            .split(",")
            .map((item) => item.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.enum(["hf", "arxiv"], 'must be "hf", "arxiv" or "hf,arxiv"')).min(1)),
    // Named in every upstream request's User-Agent; MAIL_FROM's address when unset.
    IMPORT_CONTACT_EMAIL: z.email().optional(),
    IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    // Who may create an account: addresses at these domains; unset, anyone.
    ALLOWED_EMAIL_DOMAINS: commaList(
      z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be domains such as example.edu"),
    ),
    // The members who may moderate.
    ADMIN_EMAILS: commaList(z.email("must be email addresses")),
    // Whether visitors without an account may upvote (a fresh install works before mail is set up).
    ANONYMOUS_VOTES: flag(true),
    // Whether visitors without an account may submit papers (members are named as submitters).
    ANONYMOUS_SUBMISSIONS: flag(false),
  })
  .transform((env) => ({
    ...env,
    APP_URL: env.APP_URL.replace(/\/+$/, ""),
    ARXIV_API_URL: env.ARXIV_API_URL.replace(/\/+$/, ""),
    HF_ENDPOINT: env.HF_ENDPOINT.replace(/\/+$/, ""),
    IMPORT_CONTACT_EMAIL: env.IMPORT_CONTACT_EMAIL ?? addressOf(env.MAIL_FROM),
    isLocal: LOOPBACK_HOSTS.has(new URL(env.APP_URL).hostname),
  }))
  .superRefine((env, ctx) => {
    const dkim = [env.DKIM_DOMAIN, env.DKIM_SELECTOR, env.DKIM_PRIVATE_KEY];
    if (dkim.some(Boolean) && !dkim.every(Boolean)) {
      for (const key of ["DKIM_DOMAIN", "DKIM_SELECTOR", "DKIM_PRIVATE_KEY"] as const) {
        if (!env[key])
          ctx.addIssue({ code: "custom", path: [key], message: "is required when any DKIM_ variable is set" });
      }
    }
    // A public deployment must bring its own secrets and a mail server; a laptop gets generated
    // secrets and writes mail to files.
    if (env.NODE_ENV !== "production" || env.isLocal) return;
    for (const key of ["CRON_SECRET", "SESSION_SECRET", "SMTP_URL"] as const) {
      if (!env[key]) {
        ctx.addIssue({ code: "custom", path: [key], message: `is required when APP_URL is public` });
      }
    }
  });

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string };

/** The generated development secret in var/, which only its owner may read. */
function localSessionSecret(): string {
  if (existsSync(SECRET_FILE)) {
    const stored = readFileSync(SECRET_FILE, "utf8").trim();
    if (Buffer.byteLength(stored) < MIN_SECRET_BYTES) {
      throw new Error(
        `${SECRET_FILE} holds fewer than ${MIN_SECRET_BYTES} bytes: delete it to have a new one generated, or set SESSION_SECRET`,
      );
    }
    return stored;
  }
  const generated = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true, mode: 0o700 });
  writeFileSync(SECRET_FILE, generated, { mode: 0o600 });
  return generated;
}

type Source = Record<string, string | undefined>;

function validate<T extends z.ZodType>(schema: T, source: Source): z.infer<T> {
  // An empty variable is treated as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

export function parseEnv(source: Source): Env {
  const parsed = validate(schema, source);
  return { ...parsed, SESSION_SECRET: parsed.SESSION_SECRET ?? localSessionSecret() };
}

/** Only DATABASE_URL, for tools (the Prisma CLI, test set-up) that need nothing else. */
export function readDatabaseUrl(source: Source = process.env): string {
  return validate(z.object({ DATABASE_URL: databaseUrl }), source).DATABASE_URL;
}

/**
 * Only REDIS_URL, for next.config.ts and the page cache handler, which Next loads apart from the
 * app and which need nothing else.
 */
export function readRedisUrl(source: Source = process.env): string | undefined {
  return validate(z.object({ REDIS_URL: redisUrl.optional() }), source).REDIS_URL;
}

/** Only APP_URL, for next.config.ts, which is read at build time and needs no secret. */
export function readAppUrl(source: Source = process.env): string {
  return validate(z.object({ APP_URL: appUrl }), source).APP_URL;
}

let cached: Env | undefined;

/** The validated environment, read on first use so that importing this module has no effect. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
