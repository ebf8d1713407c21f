// The e2e server's mail: it has no SMTP_URL, so every message is an .eml file in its outbox, read
// here as a person would read it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { simpleParser, type ParsedMail } from "mailparser";
import { E2E_DATABASE, E2E_OUTBOX } from "./server-config";

/** Every mail to `address` in the outbox, newest first. */
export async function mailsTo(address: string): Promise<ParsedMail[]> {
  const files = (await readdir(E2E_OUTBOX).catch(() => []))
    .filter((file) => file.endsWith(".eml"))
    .sort()
    .reverse();
  const mails = await Promise.all(files.map(async (file) => simpleParser(await readFile(path.join(E2E_OUTBOX, file)))));
  return mails.filter((mail) => {
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    return to?.value[0]?.address === address;
  });
}

/** The first link matching `pattern` in the newest mail to `address` that has one; waits up to 5 s. */
export async function linkInOutbox(address: string, pattern: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    for (const mail of await mailsTo(address)) {
      const link = pattern.exec(mail.text ?? "")?.[0];
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No mail to ${address} with a link like ${pattern} in ${E2E_OUTBOX}`);
}

/** The confirmation link of the newest mail to `address` in the e2e server's outbox. */
export function confirmationLink(address: string): Promise<string> {
  return linkInOutbox(address, /https?:\/\/\S+\/subscribe\/confirm\?token=[\w-]+/);
}

/** The subscriber's status as the e2e server's database has it. */
export function subscriberStatus(email: string): string | undefined {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return (
      db.prepare('SELECT "status" FROM "Subscriber" WHERE "email" = ?').get(email) as { status: string } | undefined
    )?.status;
  } finally {
    db.close();
  }
}
