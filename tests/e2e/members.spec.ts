import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { mailsTo } from "./mail";
import { E2E_DATABASE } from "./server-config";
import { askForLink, memberHandle, newPage, signIn, signInForm, uniqueAddress, openLink } from "./sign-in";

// Each sign-in is a form, a mail and a confirmation page: on a busy machine several of them in one
// test take longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test.describe("signing in with an emailed link", () => {
  test("the header's Sign in link, the email, the page's button; the header then shows the member; sign out", async ({
    page,
    request,
  }) => {
    const address = uniqueAddress("ada");
    const link = await askForLink(page, address);
    // A mail scanner opening the link (a GET) signs nobody in and does not spend it.
    expect((await request.get(link)).status()).toBe(200);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Daily Papers" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(`Signed in as ${address}`)).toBeVisible();
    // The feed is the cached page everyone gets; the member arrives after load.
    await page.goto("/papers");
    await expect(memberHandle(page)).toHaveText(/^@ada-\d+/);
    await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("a link used twice signs nobody in the second time", async ({ page, browser }) => {
    const address = uniqueAddress();
    const link = await askForLink(page, address);
    await openLink(page, link);
    await expect(page).toHaveURL(/\/account$/);

    const other = await newPage(browser);
    await openLink(other, link);
    await expect(other).toHaveURL(/\/sign-in\?failed=link$/);
    await expect(other.getByText("This sign-in link has expired or has been used already.")).toBeVisible();
    await other.goto("/papers");
    await expect(other.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(memberHandle(other)).toHaveCount(0);
  });

  test("a link past its 15 minutes signs nobody in", async ({ page }) => {
    const address = uniqueAddress();
    const link = await askForLink(page, address);
    // The server's clock cannot be moved from here: the link's row is made 15 minutes old instead.
    // (tests/integration/members-sign-in.test.ts checks the boundary itself with a moved clock.)
    const db = new Database(E2E_DATABASE);
    const aged = db
      .prepare(`UPDATE "Verification" SET "expiresAt" = ? WHERE "value" LIKE ?`)
      .run(Date.now() - 1000, `%${address}%`);
    db.close();
    expect(aged.changes).toBe(1);
    await openLink(page, link);
    await expect(page).toHaveURL(/\/sign-in\?failed=link$/);
    await page.goto("/papers");
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("an address outside ALLOWED_EMAIL_DOMAINS gets an inline error and no mail", async ({ page }) => {
    const address = `outsider-${Date.now()}@example.com`;
    await page.goto("/sign-in");
    const form = signInForm(page);
    const input = form.getByLabel("Email address");
    await input.fill(address);
    await form.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(form.getByText("Accounts here are for addresses at example.edu.")).toBeVisible();
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription("Accounts here are for addresses at example.edu.");
    expect(await mailsTo(address)).toHaveLength(0);
  });

  test("the account page lists each browser's session; one is signed out from another, then all", async ({
    page,
    browser,
  }) => {
    const address = uniqueAddress();
    await signIn(page, address);
    const phone = await newPage(browser);
    await signIn(phone, address);

    await page.goto("/account");
    const sessions = page.getByTestId("session");
    await expect(sessions).toHaveCount(2);
    const other = sessions.filter({ hasNotText: "(this browser)" });
    await other.getByRole("button", { name: "Sign out this session" }).click();
    await expect(page.getByTestId("session")).toHaveCount(1);
    await phone.goto("/papers");
    await expect(phone.getByRole("link", { name: "Sign in" })).toBeVisible();

    await signIn(phone, address);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/$|\/papers$/);
    for (const browserPage of [page, phone]) {
      await browserPage.goto("/papers");
      await expect(browserPage.getByRole("link", { name: "Sign in" })).toBeVisible();
    }
  });
});
