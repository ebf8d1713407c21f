// The digest: `scripts/digest.ts --json` (issue 4's CLI) on the bench database, sending to a
// loopback SMTP server that accepts and discards every message; then the same command again,
// which must send nothing (every subscriber already has this period's delivery).
import { z } from "zod";
import { startSmtpSink } from "../lib/smtp-sink";
import { runJsonCli } from "./cli";
import { appEnv, childEnv } from "./servers";

const DIGEST_SCRIPT = "scripts/digest.ts";

// The last line of `npm run digest -- --json`, as the contract between the issues fixes it.
const digestReport = z.object({
  period: z.string(),
  papers: z.number(),
  sent: z.number(),
  skipped: z.number(),
  failed: z.number(),
  wallMs: z.number(),
  maxRssBytes: z.number(),
});

/** The report, and the job's peak resident memory as measured from outside (runJsonCli). */
export type DigestReport = z.infer<typeof digestReport> & { peakRssBytes: number };

export interface DigestFigures {
  first: DigestReport;
  rerun: DigestReport;
  /** Messages the SMTP server accepted in the first run. */
  received: number;
  messagesPerSecond: number;
}

function runDigestCli(appDir: string, env: NodeJS.ProcessEnv, args: string[], log: (line: string) => void): Promise<DigestReport> {
  return runJsonCli("digest", DIGEST_SCRIPT, args, env, digestReport, log, appDir);
}

/**
 * The digest CLI of the checkout `appDir` (this one by default) on `database` against a
 * discarding SMTP server on loopback, twice. `now`: the moment the runs act as of (the CLI's
 * --now), when not the present.
 */
export async function measureDigest({
  appDir = ".",
  database,
  appUrl,
  log,
  now,
}: {
  appDir?: string;
  database: string;
  appUrl: string;
  log: (line: string) => void;
  now?: string;
}): Promise<DigestFigures> {
  const sink = await startSmtpSink();
  try {
    const env = childEnv({ ...appEnv(database, appUrl), SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
    const args = now ? ["--now", now] : [];
    const first = await runDigestCli(appDir, env, args, log);
    const received = sink.received();
    const rerun = await runDigestCli(appDir, env, args, log);
    const messagesPerSecond = Math.round(first.sent / (first.wallMs / 1000));
    return { first, rerun, received, messagesPerSecond };
  } finally {
    await sink.close();
  }
}
