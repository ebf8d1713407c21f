// A reader as the browser tests make one: subscribed through the form, confirmed from the mail the
// e2e server wrote to its outbox, with the signed links their digests carry.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { simpleParser } from "mailparser";
import { sign } from "../../lib/db/signing";
import { E2E_DATABASE, E2E_OUTBOX, E2E_SESSION_SECRET } from "./server-config";

/** The confirmation link of the newest mail to `address` in the e2e server's outbox. */
export function confirmationLink(address: string): Promise<string> {
  return linkInMail(address, /https?:\/\/\S+\/subscribe\/confirm\?token=[\w-]+/);
}

/** The first match of `link` in the plain text of the newest mail to `address` that has one. */
export async function linkInMail(address: string, link: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const files = (await readdir(E2E_OUTBOX).catch(() => [])).filter((file) => file.endsWith(".eml")).sort().reverse();
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

/** A confirmed subscriber made through the UI, and the signed links its digests would carry. */
export async function subscribeAndConfirm(page: Page, address: string) {
  await page.goto("/papers");
  const form = page.getByRole("form", { name: "Subscribe to the digest" });
  await form.getByLabel("Email address").fill(address);
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByText(/confirmation link is on its way/)).toBeVisible();
  await page.goto(await confirmationLink(address));
  const db = new Database(E2E_DATABASE, { readonly: true });
  const { id } = db.prepare('SELECT "id" FROM "Subscriber" WHERE "email" = ?').get(address) as { id: string };
  db.close();
  return {
    unsubscribe: `/unsubscribe?token=${sign("unsubscribe", id, E2E_SESSION_SECRET)}`,
    frequency: `/subscribe/frequency?token=${sign("frequency", id, E2E_SESSION_SECRET)}`,
  };
}

export function uniqueAddress(): string {
  return `reader-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
