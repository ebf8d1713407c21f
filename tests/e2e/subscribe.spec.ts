import { expect, test } from "@playwright/test";
import { confirmationLink } from "./mail";
import { subscribeAndConfirm, uniqueAddress } from "./subscriber";

test.describe("subscribing to the digest", () => {
  test("subscribe from the header, confirm with the link from the email", async ({ page }) => {
    const address = uniqueAddress();
    await page.goto("/papers");
    await expect(page.getByText("Get trending papers in your email inbox!")).toBeVisible();
    const form = page.getByRole("form", { name: "Subscribe to the digest" });
    await form.getByLabel("Email address").fill(address.toUpperCase());
    await form.getByLabel("How often").selectOption("weekly");
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(form.getByText(/an email with a confirmation link is on its way/)).toBeVisible();

    const link = await confirmationLink(address);
    // Opening the link asks; only the button confirms (a mail scanner's GET confirms nothing).
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your subscription" })).toBeVisible();
    await page.getByRole("button", { name: "Confirm subscription" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Subscription confirmed" })).toBeVisible();

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "This link was already used" })).toBeVisible();
    await expect(page.getByText("Nothing was changed.")).toBeVisible();
  });

  test("an invalid address gets an inline error, announced, and nothing is sent", async ({ page }) => {
    await page.goto("/papers");
    const form = page.getByRole("form", { name: "Subscribe to the digest" });
    const email = form.getByLabel("Email address");
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(form.locator("[aria-live]")).toHaveText("Enter your email address.");

    await email.fill("not-an-email");
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(form.locator("[aria-live]")).toHaveText("Enter a valid email address, like ada@example.com.");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Enter a valid email address, like ada@example.com.");
    await expect(email).toHaveValue("not-an-email");
  });

  test("an unknown confirmation link shows a clear page that offers to subscribe again", async ({ page }) => {
    await page.goto("/subscribe/confirm?token=not-a-real-token");
    await expect(page.getByRole("heading", { level: 1, name: "This link is not valid" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Subscribe again" })).toBeVisible();
  });
});

test.describe("the links in a digest, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the unsubscribe page unsubscribes with its one button", async ({ page }) => {
    const links = await subscribeAndConfirm(page, uniqueAddress());
    await page.goto(links.unsubscribe);
    await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe from the digest?" })).toBeVisible();
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You are unsubscribed" })).toBeVisible();
    await page.goto(links.frequency);
    await expect(page.getByRole("heading", { level: 1, name: "This address is not subscribed" })).toBeVisible();
  });

  test("an old frequency link opens the preferences, which switch between daily and weekly", async ({ page }) => {
    const links = await subscribeAndConfirm(page, uniqueAddress());
    await page.goto(links.frequency);
    await expect(page).toHaveURL(/\/subscribe\/preferences\?token=/);
    await expect(page.getByLabel(/^Daily/)).toBeChecked();
    await page.getByLabel(/^Weekly/).check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved.");
    await expect(page.getByLabel(/^Weekly/)).toBeChecked();
  });

  test("a tampered link changes nothing", async ({ page }) => {
    await page.goto("/unsubscribe?token=someone.forged-this");
    await expect(page.getByRole("heading", { level: 1, name: "This link is not valid" })).toBeVisible();
    await expect(page.getByRole("button", { name: /unsubscribe/i })).toHaveCount(0);
  });
});
