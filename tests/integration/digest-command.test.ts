// `npm run digest` as a person or a crontab runs it: a separate process on the test database.
// However it stops, it says why and exits with a status, never with an unhandled error's trace.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { today } from "@/lib/papers/dates";
import { createPaper } from "../factories";

function runCommand(env: Record<string, string>, args: string[] = []) {
  // The npm script itself: it builds the bundle that plain node runs (scripts/build-cli.mjs).
  const result = spawnSync("npm", ["run", "--silent", "digest", "--", ...args], {
    env: {
      NODE_ENV: "test",
      PATH: process.env.PATH,
      DATABASE_URL: process.env.DATABASE_URL,
      SESSION_SECRET: process.env.SESSION_SECRET,
      MAIL_OUTBOX: process.env.MAIL_OUTBOX,
      ...env,
    },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A loopback port nothing listens on: a mail server that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const STACK_LINE = /^\s+at /m;

describe("npm run digest", () => {
  it("exits with 1 and a summary when the mail server is down, every delivery recorded as failed", async () => {
    await createPaper({ feedDate: today(), upvotes: 2 });
    await db.subscriber.createMany({
      data: ["a@example.com", "b@example.com"].map((email) => ({
        email,
        frequency: "daily" as const,
        status: "active" as const,
      })),
    });
    const result = runCommand({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/0 sent, \d+ skipped, 2 failed/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(await db.delivery.count({ where: { status: "failed" } })).toBe(2);
  });

  it("exits with 2 naming what is wrong in the environment or the command line", () => {
    const badEnv = runCommand({ SMTP_URL: "ftp://mail.example.org" });
    expect(badEnv.status).toBe(2);
    expect(badEnv.stderr).toMatch(/SMTP_URL/);
    expect(badEnv.stderr).not.toMatch(STACK_LINE);
    const badArgs = runCommand({}, ["--nonsense"]);
    expect(badArgs.status).toBe(2);
    expect(badArgs.stderr).toMatch(/nonsense/);
    expect(badArgs.stderr).not.toMatch(STACK_LINE);
  });
});
