// The digest: `scripts/digest.ts --json` (issue 4's CLI), bundled and run by plain node as `npm
// run digest` runs it, on the bench database, sending to a loopback SMTP server that accepts and discards every message; then the same command again,
// which must send nothing (every subscriber already has this period's delivery). On several
// instances, the command several times at once, as their crons would run it.
import { z } from "zod";
import { startSmtpSink, type SmtpSink } from "../lib/smtp-sink";
import { bundledCliArgs, runJsonCli } from "./cli";
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

/** Runs the digest CLI of a checkout, as many times as asked, built once. */
type DigestCli = (label: string) => Promise<DigestReport>;

interface DigestSetting {
  /** The checkout whose digest script runs (the bench's --app-dir); this one by default. */
  appDir?: string;
  /** An SQLite file's path or a PostgreSQL URL. */
  database: string;
  appUrl: string;
  log: (line: string) => void;
  /** The moment the runs act as of (the CLI's --now), when not the present. */
  now?: string;
  /** Added to the app's environment (REDIS_URL). */
  extraEnv?: Record<string, string>;
}

/** Runs `measure` with the digest CLI of the checkout on `database`, sending to a discarding SMTP server on loopback. */
async function withSink<T>(
  { appDir = ".", database, appUrl, now, extraEnv = {}, log }: DigestSetting,
  measure: (run: DigestCli, sink: SmtpSink) => Promise<T>,
): Promise<T> {
  const nodeArgs = bundledCliArgs(appDir, DIGEST_SCRIPT);
  const sink = await startSmtpSink();
  try {
    const env = childEnv({ ...appEnv(database, appUrl), ...extraEnv, SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
    const args = now ? ["--now", now] : [];
    return await measure((label) => runJsonCli(label, nodeArgs, args, env, digestReport, log, appDir), sink);
  } finally {
    await sink.close();
  }
}

/** The digest CLI of the checkout `appDir` on `database`, twice. */
export function measureDigest(setting: DigestSetting): Promise<DigestFigures> {
  return withSink(setting, async (run, sink) => {
    const first = await run("digest");
    const received = sink.received();
    const rerun = await run("digest");
    const messagesPerSecond = Math.round(first.sent / (first.wallMs / 1000));
    return { first, rerun, received, messagesPerSecond };
  });
}

export interface DigestTogetherFigures {
  /** Each run's report, in the order started. */
  runs: DigestReport[];
  /** From the first start to the last end. */
  wallMs: number;
  sent: number;
  received: number;
  /** Addresses that got a message, and how many of them got more than one. */
  recipients: number;
  twice: number;
  messagesPerSecond: number;
  /** One more run after them, which must send nothing. */
  rerun: DigestReport;
}

/**
 * `count` digest CLIs at once on one database, as the crons of several instances would start:
 * together they must send each due subscriber exactly one message.
 */
export function measureDigestTogether(setting: DigestSetting, count: number): Promise<DigestTogetherFigures> {
  return withSink(setting, async (run, sink) => {
    const started = performance.now();
    const runs = await Promise.all(Array.from({ length: count }, (_, i) => run(`digest ${i + 1}`)));
    const wallMs = Math.round(performance.now() - started);
    const received = sink.received();
    const counts = [...sink.recipients().values()];
    const rerun = await run("digest rerun");
    const sent = runs.reduce((total, run) => total + run.sent, 0);
    return {
      runs,
      wallMs,
      sent,
      received,
      recipients: counts.length,
      twice: counts.filter((messages) => messages > 1).length,
      messagesPerSecond: Math.round(sent / (wallMs / 1000)),
      rerun,
    };
  });
}
