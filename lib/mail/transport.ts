// Where mail goes: a pooled SMTP connection to SMTP_URL, or, with no SMTP_URL, an .eml file per
// message in MAIL_OUTBOX (logged with its path) so that a laptop runs the app with no mail server.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport } from "nodemailer";
import { getEnv } from "../env";

export interface MailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Ends the pool's connections; a CLI process would otherwise stay alive. */
  close(): void;
}

/** Connections a pooled mailer keeps open to the SMTP server. */
export const SMTP_POOL_CONNECTIONS = 5;

function smtpMailer(url: string, from: string, pool: boolean): Mailer {
  // Many servers cap messages per connection; the pool reconnects after this many.
  const transport = pool
    ? createTransport({ url, pool: true, maxConnections: SMTP_POOL_CONNECTIONS, maxMessages: 1000 }, { from })
    : createTransport(url, { from });
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}

function outboxMailer(outbox: string, from: string): Mailer {
  const transport = createTransport({ streamTransport: true, buffer: true }, { from });
  let folderReady: Promise<unknown> | undefined;
  return {
    async send(message) {
      const info = await transport.sendMail(message);
      folderReady ??= mkdir(outbox, { recursive: true });
      await folderReady;
      // A sortable time first, so that the newest message is the last file in the folder.
      const file = path.resolve(outbox, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID()}.eml`);
      await writeFile(file, info.message as Buffer);
      console.log(`Mail to ${message.to} written to ${file}`);
    },
    close: () => transport.close(),
  };
}

/**
 * A mailer for the configured destination. `pool` keeps SMTP connections open across messages
 * (the digest run); a single confirmation email needs none.
 */
export function createMailer({ pool = false }: { pool?: boolean } = {}): Mailer {
  const env = getEnv();
  return env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM, pool) : outboxMailer(env.MAIL_OUTBOX, env.MAIL_FROM);
}
