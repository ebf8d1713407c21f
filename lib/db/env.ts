// The one place that reads the environment. Every variable is validated here once, and start-up
// fails with a message naming each bad variable rather than misbehaving later.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const SECRET_FILE = path.join("var", "session-secret");

/** "Daily Papers <papers@example.org>" → "papers@example.org". */
function addressOf(mailbox: string): string {
  return /<([^>]+)>/.exec(mailbox)?.[1] ?? mailbox.trim();
}

const databaseUrl = z
  .string()
  .regex(/^file:.+/, 'must be a SQLite URL such as "file:./var/dev.db"')
  .default("file:./var/dev.db");

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
    // Paper imports (lib/ingest). Base URLs are variables so that tests point them at loopback.
    ARXIV_API_URL: z.url({ protocol: /^https?$/ }).default("http://export.arxiv.org/api/query"),
    ARXIV_CATEGORIES: z
      .string()
      .default("cs.AI,cs.CL,cs.CV,cs.LG")
      .transform((text) => text.split(",").map((item) => item.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[a-z-]+(?:\.[A-Za-z-]+)?$/, "must be arXiv categories like cs.CL,cs.LG")).min(1)),
    // arXiv asks for at most one request every 3 seconds.
    ARXIV_REQUEST_INTERVAL_MS: z.coerce.number().int().min(0).default(3000),
    HF_ENDPOINT: z.url({ protocol: /^https?$/ }).default("https://huggingface.co"),
    IMPORT_SOURCES: z
      .string()
      .default("hf")
      .transform((text) => [...new Set(text.split(",").map((item) => item.trim()).filter(Boolean))])
      .pipe(z.array(z.enum(["hf", "arxiv"], 'must be "hf", "arxiv" or "hf,arxiv"')).min(1)),
    // Named in every upstream request's User-Agent; MAIL_FROM's address when unset.
    IMPORT_CONTACT_EMAIL: z.email().optional(),
    IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
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
