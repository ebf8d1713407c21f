// Signing in as a member does in the browser: the form, the mail in the outbox, the page's button.
import { expect, type Browser, type Page } from "@playwright/test";
import { linkInOutbox } from "./mail";

export const SIGN_IN_LINK = /https?:\/\/\S+\/sign-in\/confirm\?token=[\w-]+/;

export function uniqueAddress(name = "member"): string {
  return `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.edu`;
}

export const signInForm = (page: Page) => page.getByRole("form", { name: "Sign in" });

/** Asks for a link with the sign-in form; the link from the email. */
export async function askForLink(page: Page, address: string): Promise<string> {
  await page.goto("/papers");
  await page.getByRole("link", { name: "Sign in" }).click();
  const form = signInForm(page);
  await form.getByLabel("Email address").fill(address);
  await form.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(form.getByText(/a sign-in link is on its way/)).toBeVisible();
  return linkInOutbox(address, SIGN_IN_LINK);
}

/** Opens the link and presses the page's button, as the member does. */
export async function openLink(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signIn(page: Page, address: string) {
  await openLink(page, await askForLink(page, address));
  await expect(page).toHaveURL(/\/account$/);
}

export const memberHandle = (page: Page) => page.getByTestId("member-handle");

export async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}
