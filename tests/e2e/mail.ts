// The e2e server's mail: it has no SMTP_URL, so every message is an .eml file in its outbox.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { simpleParser } from "mailparser";
import { E2E_DATABASE, E2E_OUTBOX } from "./server-config";

/** The first match of `link` in the plain text of the newest mail to `address` that has one. */
export async function linkInMail(address: string, link: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const files = (await readdir(E2E_OUTBOX).catch(() => []))
      .filter((file) => file.endsWith(".eml"))
      .sort()
      .reverse();
    for (const file of files) {
      const mail = await simpleParser(await readFile(path.join(E2E_OUTBOX, file)));
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      if (to?.value[0]?.address !== address) continue;
      const found = link.exec(mail.text ?? "")?.[0];
      if (found) return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No mail to ${address} with ${link} in ${E2E_OUTBOX}`);
}

/** The confirmation link of the newest mail to `address` in the e2e server's outbox. */
export function confirmationLink(address: string): Promise<string> {
  return linkInMail(address, /https?:\/\/\S+\/subscribe\/confirm\?token=[\w-]+/);
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
