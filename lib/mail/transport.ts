// Where mail goes: a pooled SMTP connection to SMTP_URL, or, with no SMTP_URL, an .eml file per
// message in MAIL_OUTBOX (logged with its path) so that a laptop runs the app with no mail server.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import pThrottle from "p-throttle";
import addressparser from "nodemailer/lib/addressparser";
import { getEnv, type Env } from "../db/env";
import type { RawMessage } from "./bulk";

export interface MailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** A message composed already (lib/mail/bulk.ts), sent as it is. */
  sendRaw(message: RawMessage): Promise<void>;
  /** Ends the pool's connections; a CLI process would otherwise stay alive. */
  close(): void;
}

/** Connections a pooled mailer keeps open to the SMTP server. */
export const SMTP_POOL_CONNECTIONS = 5;

/** The bare address of MAIL_FROM ("Daily Papers <papers@example.com>"), for SMTP's MAIL FROM. */
function envelopeFrom(from: string): string {
  return addressparser(from, { flatten: true })[0]?.address || from;
}

/**
 * nodemailer upgrades smtp:// with STARTTLS only when the server offers it, so an attacker on the
 * path who strips the offer would read the password. With credentials it must insist, unless
 * SMTP_INSECURE says the relay is on a network one trusts.
 */
function mustRequireTls(url: string, insecure: boolean): boolean {
  const parsed = new URL(url);
  return parsed.protocol === "smtp:" && Boolean(parsed.username || parsed.password) && !insecure;
}

/**
 * nodemailer signs each message as it streams out, raw ones included, so every copy of a bulk
 * message (lib/mail/bulk.ts) gets its own signature over its own body and headers. Its default
 * header list covers From, Subject, To, Date, Message-ID, List-Unsubscribe and List-Unsubscribe-Post.
 */
function dkimOptions(env: Env): { dkim?: { domainName: string; keySelector: string; privateKey: string } } {
  if (!env.DKIM_DOMAIN || !env.DKIM_SELECTOR || !env.DKIM_PRIVATE_KEY) return {};
  return { dkim: { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: env.DKIM_PRIVATE_KEY } };
}

function smtpMailer(url: string, env: Env, pool: boolean): Mailer {
  const from = env.MAIL_FROM;
  const options = { url, ...(mustRequireTls(url, env.SMTP_INSECURE) && { requireTLS: true }), ...dkimOptions(env) };
  // Many servers cap messages per connection; the pool reconnects after this many.
  const transport = pool
    ? createTransport({ ...options, pool: true, maxConnections: SMTP_POOL_CONNECTIONS, maxMessages: 1000 }, { from })
    : createTransport(options, { from });
  const mailFrom = envelopeFrom(from);
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    async sendRaw({ to, raw }) {
      await transport.sendMail({ envelope: { from: mailFrom, to: [to] }, raw });
    },
    close: () => transport.close(),
  };
}

function outboxMailer(outbox: string, from: string): Mailer {
  const transport = createTransport({ streamTransport: true, buffer: true }, { from });
  let folderReady: Promise<unknown> | undefined;
  async function write(to: string, message: Buffer | string) {
    // Mail holds confirmation links: only the owner may read the folder.
    folderReady ??= mkdir(outbox, { recursive: true, mode: 0o700 });
    await folderReady;
    // A sortable time first, so that the newest message is the last file in the folder.
    const file = path.resolve(outbox, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID()}.eml`);
    await writeFile(file, message);
    console.log(`Mail to ${to} written to ${file}`);
  }
  return {
    async send(message) {
      const info = await transport.sendMail(message);
      await write(message.to, info.message as Buffer);
    },
    sendRaw: ({ to, raw }) => write(to, raw),
    close: () => transport.close(),
  };
}

/**
 * At most `perSecond` messages start in any second (p-throttle's strict sliding window), however
 * many connections the pool has: nodemailer's own pool limiter (rateLimit/rateDelta) is per
 * connection window and let 5 messages at 2/s through in 603 ms.
 */
function throttled(mailer: Mailer, perSecond: number): Mailer {
  const throttle = pThrottle({ limit: perSecond, interval: 1000, strict: true });
  return { send: throttle(mailer.send), sendRaw: throttle(mailer.sendRaw), close: mailer.close };
}

/**
 * A mailer for the configured destination. `pool` keeps SMTP connections open across messages
 * (the digest run); a single confirmation email needs none. MAIL_RATE_PER_SECOND caps its rate.
 */
export function createMailer({ pool = false }: { pool?: boolean } = {}): Mailer {
  const env = getEnv();
  const mailer = env.SMTP_URL ? smtpMailer(env.SMTP_URL, env, pool) : outboxMailer(env.MAIL_OUTBOX, env.MAIL_FROM);
  return env.MAIL_RATE_PER_SECOND ? throttled(mailer, env.MAIL_RATE_PER_SECOND) : mailer;
}

/** Sends one message on a connection of its own (a confirmation, a sign-in link). */
export async function sendOne(message: MailMessage): Promise<void> {
  const mailer = createMailer();
  try {
    await mailer.send(message);
  } finally {
    mailer.close();
  }
}
