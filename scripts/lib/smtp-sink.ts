// A loopback SMTP server that accepts every message and keeps only a count: what the digest's
// load measurements send to. Plain SMTP (no STARTTLS offered, so nodemailer sends in the clear)
// with no authentication.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  port: number;
  received: () => number;
  close: () => Promise<void>;
}

/** Listens on 127.0.0.1:`port` (0: any free port). */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on("end", () => {
        received += 1;
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
