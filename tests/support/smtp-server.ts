// A real SMTP server on loopback for the mail tests: it keeps every message it accepts (parsed
// with mailparser), refuses the recipients a test names with the code it names, and can go down and come back on the
// same port, as a mail server in trouble would.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll } from "vitest";

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  raw: string;
  parsed: ParsedMail;
  /** When the message's data began to arrive (Date.now()). */
  arrivedAt: number;
}

export interface TestSmtpServer {
  /** "smtp://127.0.0.1:PORT", for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /**
   * Recipients whose RCPT TO is refused, and the reply code: 5xx is permanent (a hard bounce, as
   * for a mailbox that does not exist), 4xx temporary (a full mailbox, greylisting).
   */
  refused: Map<string, number>;
  stop(): Promise<void>;
  /** Listens again on the same port after stop(). */
  restart(): Promise<void>;
  /** How many messages arrived for this recipient. */
  countFor(address: string): number;
  /** Milliseconds the server takes to accept each message (a slow mail server); 0 by default. */
  delayMs: number;
}

function createServer(received: ReceivedMail[], refused: Map<string, number>, pace: { delayMs: number }): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 500,
    onRcptTo(address, _session, callback) {
      const code = refused.get(address.address.toLowerCase());
      if (code === undefined) return callback();
      const reason =
        code >= 500 ? `Mailbox ${address.address} unavailable` : `Mailbox ${address.address} busy, try again later`;
      callback(Object.assign(new Error(reason), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      const arrivedAt = Date.now();
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              raw,
              parsed,
              arrivedAt,
            });
            setTimeout(callback, pace.delayMs);
          })
          .catch(callback);
      });
    },
  });
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port));
  });
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refused = new Map<string, number>();
  const pace = { delayMs: 0 };
  let server = createServer(received, refused, pace);
  const port = await listen(server, 0);
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refused,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async restart() {
      server = createServer(received, refused, pace);
      await listen(server, port);
    },
    countFor: (address) => received.filter((mail) => mail.to.includes(address.toLowerCase())).length,
    get delayMs() {
      return pace.delayMs;
    },
    set delayMs(value) {
      pace.delayMs = value;
    },
  };
}

export const TEST_CRON_SECRET = "test-cron-secret-0123456789";

/**
 * Starts a server and points SMTP_URL at it (and sets CRON_SECRET). lib/env reads the environment
 * once per test file, so call it inside vi.hoisted, before anything imports lib/db:
 *   const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());
 */
export async function useSmtpServer(): Promise<TestSmtpServer> {
  const server = await startSmtpServer();
  process.env.SMTP_URL = server.url;
  process.env.CRON_SECRET = TEST_CRON_SECRET;
  afterAll(async () => {
    await server.stop();
    // Test files share a worker process; the next file must not find this server's address.
    delete process.env.SMTP_URL;
  });
  return server;
}
