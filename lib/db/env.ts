// The one place that reads the environment. Every variable is validated here once, and start-up
// fails with a message naming each bad variable rather than misbehaving later.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const SECRET_FILE = path.join("var", "session-secret");

const databaseUrl = z
  .string()
  .regex(/^file:.+/, 'must be a SQLite URL such as "file:./var/dev.db"')
  .default("file:./var/dev.db");

/** "a.org, B.org" → ["a.org", "b.org"]: a comma list, lower-cased, blanks dropped. */
const commaList = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean))
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
    APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default("Daily Papers <papers@localhost>"),
    MAIL_OUTBOX: z.string().min(1).default(path.join("var", "outbox")),
    CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    // Vote rate limits per minute; raised only for load tests.
    VOTES_PER_MINUTE_PER_VOTER: z.coerce.number().int().min(1).default(60),
    VOTES_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
    // Who may create an account: addresses at these domains; unset, anyone.
    ALLOWED_EMAIL_DOMAINS: commaList(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be domains such as example.edu")),
    // The members who may moderate.
    ADMIN_EMAILS: commaList(z.email("must be email addresses")),
    // Whether visitors without an account may upvote (a fresh install works before mail is set up).
    ANONYMOUS_VOTES: flag(true),
  })
  .transform((env) => ({
    ...env,
    APP_URL: env.APP_URL.replace(/\/+$/, ""),
    isLocal: LOOPBACK_HOSTS.has(new URL(env.APP_URL).hostname),
  }))
  .superRefine((env, ctx) => {
    // A public deployment must bring its own secrets; a laptop gets generated ones.
    if (env.NODE_ENV !== "production" || env.isLocal) return;
    for (const key of ["CRON_SECRET", "SESSION_SECRET"] as const) {
      if (!env[key]) {
        ctx.addIssue({ code: "custom", path: [key], message: `is required when APP_URL is public` });
      }
    }
  });

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string };

function localSessionSecret(): string {
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
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

let cached: Env | undefined;

/** The validated environment, read on first use so that importing this module has no effect. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
