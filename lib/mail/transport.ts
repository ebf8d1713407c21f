// Where mail goes: a pooled SMTP connection to SMTP_URL, or, with no SMTP_URL, an .eml file per
// message in MAIL_OUTBOX (logged with its path) so that a laptop runs the app with no mail server.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import { getEnv } from "../db/env";
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

function smtpMailer(url: string, from: string, pool: boolean, insecure: boolean): Mailer {
  const tls = mustRequireTls(url, insecure) ? { requireTLS: true } : {};
  // Many servers cap messages per connection; the pool reconnects after this many.
  const transport = pool
    ? createTransport({ url, pool: true, maxConnections: SMTP_POOL_CONNECTIONS, maxMessages: 1000, ...tls }, { from })
    : createTransport({ url, ...tls }, { from });
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
 * A mailer for the configured destination. `pool` keeps SMTP connections open across messages
 * (the digest run); a single confirmation email needs none.
 */
export function createMailer({ pool = false }: { pool?: boolean } = {}): Mailer {
  const env = getEnv();
  return env.SMTP_URL
    ? smtpMailer(env.SMTP_URL, env.MAIL_FROM, pool, env.SMTP_INSECURE)
    : outboxMailer(env.MAIL_OUTBOX, env.MAIL_FROM);
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
