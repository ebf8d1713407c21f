// A loopback SMTP server that accepts every message and keeps only counts (of messages, and of
// messages per recipient, to check that nobody got one twice): what the digest's load
// measurements send to. Plain SMTP (no STARTTLS offered, so nodemailer sends in the clear)
// with no authentication.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  port: number;
  received: () => number;
  /** Messages received per recipient address. */
  recipients: () => ReadonlyMap<string, number>;
  close: () => Promise<void>;
}

/** Listens on 127.0.0.1:`port` (0: any free port). */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  let received = 0;
  const recipients = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      stream.on("end", () => {
        received += 1;
        for (const { address } of session.envelope.rcptTo) recipients.set(address, (recipients.get(address) ?? 0) + 1);
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received: () => received,
    recipients: () => recipients,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
