// A reader as the browser tests make one: subscribed through the form, confirmed from the mail the
// e2e server wrote to its outbox, with the signed links their digests carry.
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { sign } from "../../lib/db/signing";
import { confirmationLink } from "./mail";
import { E2E_DATABASE, E2E_SESSION_SECRET } from "./server-config";

/** A confirmed subscriber made through the UI, and the signed links its digests would carry. */
export async function subscribeAndConfirm(page: Page, address: string) {
  await page.goto("/papers");
  const form = page.getByRole("form", { name: "Subscribe to the digest" });
  await form.getByLabel("Email address").fill(address);
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByText(/confirmation link is on its way/)).toBeVisible();
  await page.goto(await confirmationLink(address));
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Subscription confirmed" })).toBeVisible();
  const db = new Database(E2E_DATABASE, { readonly: true });
  const { id } = db.prepare('SELECT "id" FROM "Subscriber" WHERE "email" = ?').get(address) as { id: string };
  db.close();
  return {
    unsubscribe: `/unsubscribe?token=${sign("unsubscribe", id, E2E_SESSION_SECRET)}`,
    preferences: `/subscribe/preferences?token=${sign("frequency", id, E2E_SESSION_SECRET)}`,
    // The link of digests sent before the preference page, which redirects there.
    frequency: `/subscribe/frequency?token=${sign("frequency", id, E2E_SESSION_SECRET)}`,
  };
}

/**
 * Sets the reader's hour of sending to 00:00 UTC on their preference page, so that a digest run
 * now finds their hour has come whatever the time of day the test runs.
 */
export async function sendFromMidnight(page: Page, preferencesLink: string): Promise<void> {
  await page.goto(preferencesLink);
  await page.getByLabel("Hour of sending").selectOption("0");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
}

export function uniqueAddress(): string {
  return `reader-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
